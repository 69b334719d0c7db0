using Microsoft.Extensions.AI;
using ShopAssistant.Knowledge.Analysis;
using ShopAssistant.Knowledge.Scripts;

namespace ShopAssistant.Knowledge.Retrieval;

/// <summary>
/// Everything a store needs to answer: the corpus and the query encoder built from the same analysis data.
/// <see cref="Rebuilt"/> tells whether ingestion ran or the persisted index was reused.
/// </summary>
internal sealed class KnowledgeSnapshot
{
    private KnowledgeSnapshot(KnowledgeCorpus corpus, QueryEncoder encoder, bool rebuilt)
    {
        Corpus = corpus;
        Encoder = encoder;
        Rebuilt = rebuilt;
    }

    public KnowledgeCorpus Corpus { get; }
    public QueryEncoder Encoder { get; }
    public bool Rebuilt { get; }

    /// <summary>Loads the persisted index when it was built from the same scripts, else ingests and persists.</summary>
    public static async Task<KnowledgeSnapshot> LoadOrBuildAsync(KnowledgeOptions options,
        IEmbeddingGenerator<string, Embedding<float>>? embeddings, CancellationToken ct)
    {
        var library = ScriptLibrary.Load(options.ScriptsDirectory);
        var analyzer = new ShopAnalyzer(library.ShopWords);
        var identity = IndexIdentity.Of(library, embeddings);

        var corpus = CorpusFile.TryRead(options.IndexDirectory);
        var rebuilt = corpus is null || corpus.ContentHash != identity;
        if (rebuilt)
        {
            corpus = await CorpusBuilder.BuildAsync(library, analyzer, embeddings, ct).ConfigureAwait(false);
            CorpusFile.Write(options.IndexDirectory, corpus);
        }
        var encoder = new QueryEncoder(analyzer, new SynonymTable(library.SynonymLines, analyzer), corpus!.Vocabulary);
        return new KnowledgeSnapshot(corpus, encoder, rebuilt);
    }
}
