using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Qdrant.Client;
using Qdrant.Client.Grpc;
using ShopAssistant.Knowledge.Retrieval;

namespace ShopAssistant.Knowledge.Qdrant;

/// <summary>
/// The scaled-out store on a Qdrant server (see <see cref="QdrantLayout"/> for the collection and
/// <see cref="QdrantQueryPlan"/> for the query). The collection is recreated only when the scripts' content hash,
/// kept in the collection metadata, differs from the current knowledge base.
/// </summary>
public sealed class QdrantKnowledgeIndex : IKnowledgeIndex, IDisposable
{
    private readonly QdrantClient client;
    private readonly KnowledgeOptions options;
    private readonly IEmbeddingGenerator<string, Embedding<float>>? embeddings;
    private readonly ILogger? logger;
    private readonly Lock gate = new();
    private Task<Prepared>? preparing;

    /// <param name="logger">Told when embedding the scripts failed and the index was built sparse-only.</param>
    public QdrantKnowledgeIndex(KnowledgeOptions options, IEmbeddingGenerator<string, Embedding<float>>? embeddings = null, ILogger? logger = null)
    {
        this.options = options;
        this.embeddings = embeddings;
        this.logger = logger;
        var endpoint = options.Qdrant.Endpoint ?? throw new ArgumentException($"{QdrantOptions.Section}:Endpoint is not set", nameof(options));
        client = new QdrantClient(endpoint, options.Qdrant.ApiKey);
    }

    /// <summary>Makes sure the collection holds the current scripts; true when it had to be (re)loaded.</summary>
    public async Task<bool> WarmUpAsync() => (await ReadyAsync().ConfigureAwait(false)).Reloaded;

    public async Task<IReadOnlyList<KnowledgeHit>> SearchAsync(KnowledgeQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var snapshot = (await ReadyAsync().WaitAsync(ct).ConfigureAwait(false)).Snapshot;
        var top = ScriptChoice.Top(query);
        var terms = snapshot.Encoder.Encode(query.Text);
        if (top == 0 || terms.Count == 0)
            return [];

        float[]? dense = null;
        if (embeddings is not null && snapshot.Corpus.DenseByScriptKey is not null)
            dense = await QuestionEmbedding.TryEmbedAsync(embeddings, query.Text, ct).ConfigureAwait(false);
        var plan = QdrantQueryPlan.For(query, terms, dense)!;

        var points = await client.QueryAsync(options.Qdrant.Collection, query: plan.Fusion, prefetch: plan.Prefetch, filter: plan.Filter,
            limit: (ulong)top, payloadSelector: true, cancellationToken: ct).ConfigureAwait(false);
        return points.Select(QdrantLayout.Hit).ToList();
    }

    /// <summary>One preparation shared by all callers; a failed one (server down at start) is retried by the next question.</summary>
    private Task<Prepared> ReadyAsync()
    {
        lock (gate)
        {
            if (preparing is null || preparing.IsFaulted || preparing.IsCanceled)
                preparing = Task.Run(() => PrepareAsync(CancellationToken.None));
            return preparing;
        }
    }

    private async Task<Prepared> PrepareAsync(CancellationToken ct)
    {
        var snapshot = await KnowledgeSnapshot.LoadOrBuildAsync(options, embeddings, ct, logger: logger).ConfigureAwait(false);
        var corpus = snapshot.Corpus;
        var collection = options.Qdrant.Collection;
        if (await client.CollectionExistsAsync(collection, ct).ConfigureAwait(false))
        {
            var info = await client.GetCollectionInfoAsync(collection, ct).ConfigureAwait(false);
            if (info.Config.Metadata.TryGetValue(QdrantLayout.ContentKey, out var content) && content.StringValue == corpus.ContentHash)
                return new Prepared(snapshot, Reloaded: false);
            await client.DeleteCollectionAsync(collection, cancellationToken: ct).ConfigureAwait(false);
        }

        await client.CreateCollectionAsync(QdrantLayout.Collection(collection, corpus), ct).ConfigureAwait(false);
        foreach (var field in QdrantLayout.FilterFields)
            await client.CreatePayloadIndexAsync(collection, field, PayloadSchemaType.Keyword, cancellationToken: ct).ConfigureAwait(false);
        var points = corpus.Scripts.Select(script => QdrantLayout.Point(script, corpus)).ToList();
        await client.UpsertAsync(collection, points, wait: true, cancellationToken: ct).ConfigureAwait(false);
        return new Prepared(snapshot, Reloaded: true);
    }

    private sealed record Prepared(KnowledgeSnapshot Snapshot, bool Reloaded);

    public void Dispose() => client.Dispose();
}
