using ShopAssistant.Domain.Artefacts;

namespace ShopAssistant.Domain.Tests;

/// <summary>Versions keyed by content, written whole and renamed into place; readers never see half of one.</summary>
public sealed class ArtefactFolderTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("artefacts-");

    [Fact]
    public void A_published_version_is_found_under_its_key_and_only_that_key()
    {
        var folder = new ArtefactFolder(_root.FullName);

        var published = folder.Publish("model|v1|abc", d => File.WriteAllText(Path.Combine(d, "model.bin"), "one"));

        Assert.Equal(published, folder.Find("model|v1|abc"));
        Assert.Equal("one", File.ReadAllText(Path.Combine(published, "model.bin")));
        Assert.Null(folder.Find("model|v1|changed"));
        Assert.DoesNotContain(_root.GetDirectories(), d => d.Name.StartsWith(ArtefactFolder.TempPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void A_half_written_temporary_folder_is_never_found()
    {
        var folder = new ArtefactFolder(_root.FullName);
        var key = "model|v1|abc";
        // A writer that died mid-way: its files, even its key, sit in a temporary folder that was never renamed.
        var half = _root.CreateSubdirectory(ArtefactFolder.TempPrefix + "dead");
        File.WriteAllText(Path.Combine(half.FullName, "model.bin"), "hal");
        File.WriteAllText(Path.Combine(half.FullName, ArtefactFolder.KeyFile), key);
        // And a writer still writing when the reader looks.
        var seenWhileWriting = "";
        folder.Publish(key, d =>
        {
            File.WriteAllText(Path.Combine(d, "model.bin"), "whole");
            seenWhileWriting = folder.Find(key) ?? "nothing";
        });

        Assert.Equal("nothing", seenWhileWriting);
        Assert.Equal("whole", File.ReadAllText(Path.Combine(folder.Find(key)!, "model.bin")));
    }

    [Fact]
    public void A_failed_write_leaves_nothing_behind()
    {
        var folder = new ArtefactFolder(_root.FullName);

        Assert.Throws<InvalidOperationException>(() => folder.Publish("k", _ => throw new InvalidOperationException("disk full")));

        Assert.Null(folder.Find("k"));
        Assert.Empty(_root.GetDirectories());
    }

    [Fact]
    public void The_first_writer_of_a_key_wins_and_a_forced_rebuild_replaces_it()
    {
        var folder = new ArtefactFolder(_root.FullName);
        folder.Publish("k", d => File.WriteAllText(Path.Combine(d, "model.bin"), "first"));

        folder.Publish("k", d => File.WriteAllText(Path.Combine(d, "model.bin"), "second"));
        Assert.Equal("first", File.ReadAllText(Path.Combine(folder.Find("k")!, "model.bin")));

        folder.Publish("k", d => File.WriteAllText(Path.Combine(d, "model.bin"), "forced"), replace: true);
        Assert.Equal("forced", File.ReadAllText(Path.Combine(folder.Find("k")!, "model.bin")));
        Assert.Single(_root.GetDirectories());
    }

    [Fact]
    public void Old_versions_past_the_newest_few_are_pruned()
    {
        var folder = new ArtefactFolder(_root.FullName);
        foreach (var i in Enumerable.Range(1, 5))
        {
            var version = folder.Publish($"k{i}", d => File.WriteAllText(Path.Combine(d, "model.bin"), $"{i}"));
            Directory.SetLastWriteTimeUtc(version, DateTime.UtcNow.AddMinutes(i - 10));
        }

        Assert.Equal(3, _root.GetDirectories("v-*").Length);
        Assert.NotNull(folder.Find("k5"));
        Assert.Null(folder.Find("k1"));
    }

    [Fact]
    public async Task Waiting_returns_once_the_key_is_published()
    {
        var folder = new ArtefactFolder(_root.FullName);
        var waiting = Task.Run(() => folder.WaitFor("k", TimeSpan.FromMilliseconds(50)));
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted);

        var published = folder.Publish("k", d => File.WriteAllText(Path.Combine(d, "model.bin"), "x"));

        Assert.Equal(published, await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    public void Dispose()
    {
        try { _root.Delete(recursive: true); } catch (IOException) { }
    }
}
