using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ShopAssistant.Data;

namespace ShopAssistant.Bot.Storage;

/// <summary>
/// Bot Framework IStorage on the app's database, so conversation and user state survive a restart
/// (MemoryStorage would not). Values are stored as plain JSON, without .NET type names: BotState turns the
/// JObjects it reads back into its own types, and type names in a database are an injection risk.
/// Store items (IStoreItem) get optimistic concurrency through their ETag, as in the SDK's own stores.
/// Inside <see cref="Into"/> writes join the turn's other writes instead of being a transaction of their own.
/// </summary>
public sealed class DatabaseStorage(IStateStore store) : IStorage
{
    // BotState writes through the IStorage it was built with and knows nothing of the turn; this carries the turn's
    // writes to it for the length of one save.
    private static readonly AsyncLocal<TurnWrites?> Joining = new();

    /// <summary>Until disposed, state writes on this flow are added to <paramref name="writes"/> (when not null).</summary>
    public static IDisposable Into(TurnWrites? writes)
    {
        var outer = Joining.Value;
        Joining.Value = writes;
        return new Restore(outer);
    }

    private sealed class Restore(TurnWrites? outer) : IDisposable
    {
        public void Dispose() => Joining.Value = outer;
    }

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        NullValueHandling = NullValueHandling.Ignore,
    });

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var documents = await store.ReadAsync(keys, cancellationToken);
        var result = new Dictionary<string, object>();
        foreach (var document in documents)
        {
            var value = JObject.Parse(document.Json);
            value["eTag"] = document.ETag;
            result[document.Key] = value;
        }
        return result;
    }

    public async Task<IDictionary<string, TStoreItem>> ReadAsync<TStoreItem>(string[] keys, CancellationToken cancellationToken = default)
        where TStoreItem : class
    {
        var items = await ReadAsync(keys, cancellationToken);
        return items.ToDictionary(i => i.Key, i => ((JObject)i.Value).ToObject<TStoreItem>(Serializer)!);
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, value) in changes)
        {
            var json = JObject.FromObject(value, Serializer);
            json.Remove("eTag");
            var expected = value is IStoreItem item ? item.ETag : null;
            string etag;
            if (Joining.Value is { } writes)
            {
                var write = new StateWrite(key, json.ToString(Formatting.None), expected);
                writes.Add(write);
                etag = write.ETag;
            }
            else etag = (await store.WriteAsync(key, json.ToString(Formatting.None), expected, cancellationToken)).ETag;
            if (value is IStoreItem storeItem) storeItem.ETag = etag;
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        store.DeleteAsync(keys ?? throw new ArgumentNullException(nameof(keys)), cancellationToken);
}
