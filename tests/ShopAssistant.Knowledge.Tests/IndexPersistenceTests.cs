using ShopAssistant.Domain;
using ShopAssistant.Knowledge.Retrieval;

namespace ShopAssistant.Knowledge.Tests;

public sealed class IndexPersistenceTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly KnowledgeOptions options;

    public IndexPersistenceTests() =>
        options = new KnowledgeOptions { ScriptsDirectory = ShippedKnowledgeBase.CopyTo(temp.Sub("kb")), IndexDirectory = temp.Sub("index") };

    private string IndexFile => Path.Combine(PublishedIndex.Folder(options.IndexDirectory), CorpusFile.FileName);

    [Fact]
    public async Task The_first_start_builds_the_index_file_and_a_restart_with_unchanged_scripts_reuses_it()
    {
        Assert.True(await new EmbeddedKnowledgeIndex(options).WarmUpAsync());
        Assert.True(File.Exists(IndexFile));
        var written = File.GetLastWriteTimeUtc(IndexFile);

        var restarted = new EmbeddedKnowledgeIndex(options);

        Assert.False(await restarted.WarmUpAsync());
        Assert.Equal(written, File.GetLastWriteTimeUtc(IndexFile));
        var hits = await restarted.SearchAsync(new KnowledgeQuery("包邮吗", ShopLanguage.Zh));
        Assert.Equal("shipping-fee", hits[0].ScriptId);
    }

    [Fact]
    public async Task A_changed_script_rebuilds_the_index_and_its_new_words_are_found()
    {
        await new EmbeddedKnowledgeIndex(options).WarmUpAsync();
        var path = Path.Combine(options.ScriptsDirectory, "en", "gift-wrap.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Gift wrapping is free!", "Gift wrapping is free, even in tartan ribbon!"));

        var restarted = new EmbeddedKnowledgeIndex(options);

        Assert.True(await restarted.WarmUpAsync());
        var hits = await restarted.SearchAsync(new KnowledgeQuery("tartan ribbon", ShopLanguage.En));
        Assert.Equal("gift-wrap", hits[0].ScriptId);
        Assert.False(await new EmbeddedKnowledgeIndex(options).WarmUpAsync());
    }

    [Fact]
    public async Task A_changed_synonym_table_also_rebuilds()
    {
        await new EmbeddedKnowledgeIndex(options).WarmUpAsync();
        File.AppendAllText(Path.Combine(options.ScriptsDirectory, "analysis", "synonyms.txt"), "\n礼品包装 | wrapparoo\n");

        var restarted = new EmbeddedKnowledgeIndex(options);

        Assert.True(await restarted.WarmUpAsync());
        var hits = await restarted.SearchAsync(new KnowledgeQuery("wrapparoo", ShopLanguage.En));
        Assert.Equal("gift-wrap", hits[0].ScriptId);
    }

    [Fact]
    public async Task A_damaged_index_file_is_rebuilt_instead_of_failing()
    {
        await new EmbeddedKnowledgeIndex(options).WarmUpAsync();
        File.WriteAllText(IndexFile, "{ not json");

        var index = new EmbeddedKnowledgeIndex(options);

        Assert.True(await index.WarmUpAsync());
        Assert.NotEmpty(await index.SearchAsync(new KnowledgeQuery("refund", ShopLanguage.En)));
    }

    [Fact]
    public async Task A_missing_knowledge_base_folder_is_reported_by_name()
    {
        var index = new EmbeddedKnowledgeIndex(new KnowledgeOptions { ScriptsDirectory = temp.Sub("nowhere"), IndexDirectory = options.IndexDirectory });

        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => index.SearchAsync(new KnowledgeQuery("包邮")));

        Assert.Contains("nowhere", error.Message);
    }

    public void Dispose() => temp.Dispose();
}
