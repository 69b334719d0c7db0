using Microsoft.Extensions.DependencyInjection;
using ShopAssistant.Testing;

namespace ShopAssistant.Data.Tests;

/// <summary>Issue 14: photos are kept with their conversation, capped per conversation, and a redelivery is kept once.</summary>
public abstract class PhotoStoreTests(IStoreProvider provider) : StoreSuite(provider)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 4, 0, 0, TimeSpan.Zero);

    private static StoredPhoto Photo(string id, string conversation = "c-1", int size = 4) =>
        new(new PhotoInfo(id, conversation, "s", "image/jpeg", size, Now), Enumerable.Range(0, size).Select(i => (byte)i).ToArray());

    [ServerFact]
    public async Task A_photo_comes_back_byte_for_byte_and_is_listed_with_its_conversation_only()
    {
        var photos = Store<IPhotoStore>();
        Assert.True((await photos.SaveAsync([Photo("a", size: 300), Photo("b")], 10)).Saved);
        await photos.SaveAsync([Photo("z", "c-2")], 10);

        var a = await photos.GetAsync("a");
        Assert.Equal(Enumerable.Range(0, 300).Select(i => (byte)i), a!.Bytes);
        Assert.Equal(new PhotoInfo("a", "c-1", "s", "image/jpeg", 300, Now), a.Info);
        Assert.Equal(["a", "b"], (await photos.ListAsync("c-1")).Select(p => p.Id));
        Assert.Null(await photos.GetAsync("nope"));
    }

    [ServerFact]
    public async Task Past_the_cap_a_whole_message_is_refused_and_nothing_of_it_is_kept()
    {
        var photos = Store<IPhotoStore>();
        Assert.True((await photos.SaveAsync([Photo("a"), Photo("b")], 3)).Saved);

        var refused = await photos.SaveAsync([Photo("c"), Photo("d")], 3);

        Assert.False(refused.Saved);
        Assert.Equal(2, refused.AlreadyInConversation);
        Assert.Null(await photos.GetAsync("c"));
        Assert.Equal(2, (await photos.ListAsync("c-1")).Count);
        // Another conversation has its own allowance.
        Assert.True((await photos.SaveAsync([Photo("e", "c-2"), Photo("f", "c-2"), Photo("g", "c-2")], 3)).Saved);
    }

    [ServerFact]
    public async Task A_redelivered_photo_is_kept_once_and_does_not_count_twice()
    {
        var photos = Store<IPhotoStore>();
        Assert.True((await photos.SaveAsync([Photo("a"), Photo("b")], 2)).Saved);
        Assert.True((await photos.SaveAsync([Photo("a"), Photo("b")], 2)).Saved);
        Assert.Equal(2, (await photos.ListAsync("c-1")).Count);
    }

    [ServerFact]
    public async Task Racing_messages_of_one_conversation_never_pass_the_cap_together()
    {
        var (a, b) = (Store<IPhotoStore>(), AnotherInstance().GetRequiredService<IPhotoStore>());
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => (i % 2 == 0 ? a : b).SaveAsync([Photo($"p{i}")], 4))));

        Assert.Equal(4, results.Count(r => r.Saved));
        Assert.Equal(4, (await a.ListAsync("c-1")).Count);
    }
}

public sealed class SqlitePhotoStoreTests() : PhotoStoreTests(new SqliteStores());

[Collection(PostgresCollection.Name), RequiresServers(Server.Postgres)]
public sealed class PostgresPhotoStoreTests(PostgresCluster cluster) : PhotoStoreTests(new PostgresStores(cluster));
