using Microsoft.Extensions.Options;
using ShopAssistant.AI;

namespace ShopAssistant.Quality;

/// <summary>The dashboard's model panel: the live health of this instance's model path, and the range's figures from the log.</summary>
public sealed class ModelReport(QualityReports reports, ShopModel model, IOptions<ModelCostOptions> prices)
{
    public ModelHealth Health() => ModelHealth.Of(model, reports.Now);

    public async Task<ModelFigures> FiguresAsync(DateRange range, CancellationToken ct = default) =>
        ModelFigures.Compute(await reports.ReadAsync(range, ct), await reports.ConversationsAsync(range, ct), range, prices.Value);

    /// <summary>An alert when the model has been unavailable longer than ShopAssistant:Llm:Resilience:UnavailableAlertMinutes.</summary>
    public ModelAlert? Alert() => Health() is { Alert: true, UnavailableSince: { } since } health
        ? new ModelAlert(since, Math.Round((reports.Now - since).TotalMinutes, 1), health.Breaker, health.RetryAfterUntil)
        : null;
}

/// <summary>The model has been unavailable since <paramref name="Since"/> (breaker state, and the provider's Retry-After if any).</summary>
public sealed record ModelAlert(DateTimeOffset Since, double Minutes, string Breaker, DateTimeOffset? RetryAfterUntil);
