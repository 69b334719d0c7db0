using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using ShopAssistant.Domain.Artefacts;
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

    /// <summary>
    /// Loads the published index built from the same scripts (an artefact in the index directory keyed by their content,
    /// see <see cref="ArtefactFolder"/>), else ingests and publishes it — or, with ShopAssistant:Models:TrainAtStart
    /// false, waits for an `ingest`/`prepare` job to publish it. <paramref name="force"/> rebuilds regardless.
    /// </summary>
    public static async Task<KnowledgeSnapshot> LoadOrBuildAsync(KnowledgeOptions options,
        IEmbeddingGenerator<string, Embedding<float>>? embeddings, CancellationToken ct, bool force = false, ILogger? logger = null)
    {
        // Parsed only when the index has to be built: a current index carries the parsed scripts.
        var library = ScriptLibrary.Load(options.ScriptsDirectory, parse: false);
        var analyzer = new ShopAnalyzer(library.ShopWords);
        var identity = IndexIdentity.Of(library, embeddings);

        var folder = new ArtefactFolder(options.IndexDirectory);
        // An instance waiting for a job takes the sparse-only index that job built when the embeddings endpoint failed.
        var sparseOnly = embeddings is null ? null : IndexIdentity.Of(library, null);
        var found = force ? null : options.Models.FindOrWait(folder, identity, ct: ct, orElse: sparseOnly);
        var corpus = found is null ? null : CorpusFile.TryRead(found);
        var rebuilt = corpus is null || (corpus.ContentHash != identity && corpus.ContentHash != sparseOnly);
        if (rebuilt)
        {
            var built = await CorpusBuilder.BuildAsync(library, analyzer, embeddings, ct, logger).ConfigureAwait(false);
            // Published under what it was built from: a sparse-only fallback is not the index the model asked for.
            folder.Publish(built.ContentHash, into => CorpusFile.Write(into, built), replace: force || found is not null);
            corpus = built;
        }
        var encoder = new QueryEncoder(analyzer, new SynonymTable(library.SynonymLines, analyzer), corpus!.Vocabulary);
        return new KnowledgeSnapshot(corpus, encoder, rebuilt);
    }
}
