using Microsoft.Extensions.Diagnostics.HealthChecks;
using ShopAssistant.Knowledge;
using ShopAssistant.Knowledge.Qdrant;
using ShopAssistant.Recommendations;
using ShopAssistant.Web.Startup;

namespace ShopAssistant.Web.Operating;

/// <summary>
/// Readiness of the models, one check each, read from the warm-up board (never loading anything themselves): the intent
/// model and the knowledge index gate readiness; the recommender does not, because recommendations come from the
/// popular products until it is loaded: not loaded yet is Degraded (still HTTP 200), never Unhealthy.
/// </summary>
internal static class ModelReadiness
{
    internal sealed class IntentModelCheck(WarmUpBoard board) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
            Task.FromResult(board.Of(WarmUpBoard.IntentModel) switch
            {
                { State: "ready", Seconds: var s } => HealthCheckResult.Healthy($"loaded in {s} s"),
                { State: "failed", Error: var e } => HealthCheckResult.Unhealthy($"failed: {e}"),
                _ => HealthCheckResult.Unhealthy("loading, training, or waiting for the prepare job to publish it"),
            });
    }

    /// <summary>The embedded index once built; Qdrant also answers a search now (it is another server that can go away).</summary>
    internal sealed class KnowledgeIndexCheck(WarmUpBoard board, IKnowledgeIndex index) : IHealthCheck
    {
        private static readonly TimeSpan QdrantTimeout = TimeSpan.FromSeconds(3);

        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            switch (board.Of(WarmUpBoard.KnowledgeIndex))
            {
                case { State: "failed", Error: var e }: return HealthCheckResult.Unhealthy($"failed: {e}");
                case not { State: "ready" }: return HealthCheckResult.Unhealthy("building the index of the service scripts");
            }
            if (index is not QdrantKnowledgeIndex) return HealthCheckResult.Healthy("embedded index loaded");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(QdrantTimeout);
            try
            {
                await index.SearchAsync(new KnowledgeQuery("运费 shipping", Top: 1), timeout.Token).ConfigureAwait(false);
                return HealthCheckResult.Healthy("Qdrant answers");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return HealthCheckResult.Unhealthy($"Qdrant does not answer: {e.Message}");
            }
        }
    }

    internal sealed class RecommenderCheck(WarmUpBoard board, RecommenderOptions options) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
            Task.FromResult(board.Of(WarmUpBoard.Recommender) switch
            {
                { State: "ready", Seconds: var s } => HealthCheckResult.Healthy($"loaded in {s} s"),
                { State: "failed", Error: var e } => HealthCheckResult.Degraded($"failed ({e}): popular products answer; it is tried again on first use"),
                null when !options.WarmUp => HealthCheckResult.Healthy("loaded on first use (WarmUp is false)"),
                _ => HealthCheckResult.Degraded("loading or training in the background: popular products answer meanwhile"),
            });
    }
}
