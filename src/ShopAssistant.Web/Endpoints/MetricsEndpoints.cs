using ShopAssistant.Domain;
using ShopAssistant.Quality;
using ShopAssistant.Web.Dashboard;
using ShopAssistant.Web.Staff;

namespace ShopAssistant.Web.Endpoints;

/// <summary>The manager's quality API (handbook §9): metrics, agent KPIs, knowledge gaps, conversations.</summary>
public static class MetricsEndpoints
{
    public static IEndpointRouteBuilder MapMetricsEndpoints(this IEndpointRouteBuilder app)
    {
        var metrics = app.MapGroup("/api/metrics").WithTags("Metrics").RequireAuthorization(StaffPolicies.Manager);
        metrics.MapGet("/", MetricsAsync).WithName("GetMetrics")
            .WithSummary("Headline quality figures for ?from=&to= (Beijing dates, inclusive) or ?week=yyyy-Www; default the last 7 days.");
        metrics.MapGet("/agents", AgentsAsync).WithName("GetAgentKpis")
            .WithSummary("One KPI row per agent for the range; ?format=csv for a spreadsheet.");
        metrics.MapGet("/handoff-reasons", HandoffReasonsAsync).WithName("GetHandoffReasons")
            .WithSummary("Handoffs by reason for the range; ?format=csv for a spreadsheet.");
        metrics.MapGet("/daily", DailyAsync).WithName("GetDailyTrend")
            .WithSummary("Conversations, handoffs, bot resolutions and CSAT per Beijing day; ?format=csv for a spreadsheet.");
        metrics.MapGet("/knowledge-gaps", KnowledgeGapsAsync).WithName("GetKnowledgeGaps")
            .WithSummary("Questions the bot could not answer, grouped by topic (KMeans over char n-grams) with counts and examples; ?format=csv.");
        metrics.MapGet("/alerts", async (QualityReports reports, ModelReport model, CancellationToken ct) =>
                NeutralisedIds(await reports.AlertsAsync(ct)) with { Model = model.Alert() }).WithName("GetRiskAlerts")
            .WithSummary("Early warning (last hour vs 7-day average of handoff rate and negative share), safety/legal handoffs of the last 7 days, and the model unavailable for too long.");
        metrics.MapGet("/model", ModelAsync).WithName("GetModelFigures")
            .WithSummary("The language model: breaker state and availability now, turns by route (llm, offline, offline_breaker_open, over_budget…), tokens and estimated cost per conversation and per bot-resolved conversation for the range; ?format=csv for the days.");

        var conversations = app.MapGroup("/api/conversations").WithTags("Metrics").RequireAuthorization(StaffPolicies.Manager);
        conversations.MapGet("/", ConversationsAsync).WithName("ListConversations")
            .WithSummary("Conversations of the range, newest first, with flow scores; filters intent, reason, rating (1–5 or none), agent, language; ?format=csv.");
        conversations.MapGet("/{id}", ConversationAsync).WithName("GetConversation")
            .WithSummary("A conversation's transcript with its service-flow score and the reason for each step.");
        app.MapHub<DashboardHub>(DashboardHub.Path);
        app.MapIncidentEndpoints();
        return app;
    }

    private static async Task<IResult> MetricsAsync(string? from, string? to, string? week, QualityReports reports, CancellationToken ct) =>
        RangeQuery.Read(from, to, week, reports.Now, out var range) is { } problem ? problem
            : Results.Ok(await reports.MetricsAsync(range, ct));

    private static async Task<IResult> ModelAsync(string? from, string? to, string? week, string? format, QualityReports reports, ModelReport model, CancellationToken ct)
    {
        if (RangeQuery.Read(from, to, week, reports.Now, out var range) is { } problem) return problem;
        var figures = await model.FiguresAsync(range, ct);
        return CsvExport.Wants(format)
            ? CsvExport.File($"model-{RangeQuery.Label(range)}.csv", ["day", "inputTokens", "outputTokens", "cost"],
                figures.ByDay.Select(d => new object?[] { d.Day.ToString("yyyy-MM-dd"), d.InputTokens, d.OutputTokens, d.Cost }))
            : Results.Ok(new { health = model.Health(), figures });
    }

    private static async Task<IResult> ConversationsAsync(string? from, string? to, string? week, string? intent, string? reason, string? rating,
        string? agent, string? language, int? limit, string? format, QualityReports reports, ConversationBrowser browser, CancellationToken ct)
    {
        if (RangeQuery.Read(from, to, week, reports.Now, out var range) is { } problem) return problem;
        if (rating is not null and not ("none" or "1" or "2" or "3" or "4" or "5"))
            return Results.Problem(title: "Bad rating filter", detail: "rating must be 1–5 or none. rating 参数应为 1–5 或 none。", statusCode: 400);
        var page = await browser.ListAsync(range, new ConversationFilter(Blank(intent), Blank(reason), Blank(rating), Blank(agent), Blank(language)),
            limit ?? 50, ct);
        return CsvExport.Wants(format)
            ? CsvExport.File($"conversations-{RangeQuery.Label(range)}.csv",
                ["conversationId", "shopperId", "startedAt", "turns", "language", "intents", "handoffReasons", "agents", "rating", "botResolved", "reopened", "flowScore", "flags"],
                page.Conversations.Select(c => new object?[] { c.ConversationId, c.ShopperId, c.StartedAt.ToOffset(BeijingTime.Offset).ToString("yyyy-MM-dd HH:mm:ss"), c.Turns,
                    c.Language, string.Join(' ', c.Intents), string.Join(' ', c.HandoffReasons), string.Join(' ', c.Agents), c.Rating, c.BotResolved, c.Reopened, c.FlowScore, c.Flags }))
            : Results.Ok(page with { Conversations = page.Conversations.Select(c => c with { ConversationId = StaffText.Neutralise(c.ConversationId), ShopperId = NeutralisedOrNull(c.ShopperId) }).ToList() });
    }

    private static async Task<IResult> ConversationAsync(string id, ConversationBrowser browser, CancellationToken ct) =>
        await browser.OpenAsync(id, ct) is { } review
            ? Results.Ok(review with { Transcript = review.Transcript.Select(l => l with { Text = StaffText.CleanOrNull(l.Text) }).ToList() })
            : Results.NotFound();

    private static async Task<IResult> KnowledgeGapsAsync(string? from, string? to, string? week, string? format, QualityReports reports, KnowledgeGapReport gaps, CancellationToken ct)
    {
        if (RangeQuery.Read(from, to, week, reports.Now, out var range) is { } problem) return problem;
        var summary = await gaps.FindAsync(range, ct);
        return CsvExport.Wants(format)
            ? CsvExport.File($"knowledge-gaps-{RangeQuery.Label(range)}.csv", ["topic", "questions", "examples"],
                summary.Gaps.Select(g => new object?[] { g.Topic, g.Count, string.Join(" | ", g.Examples) }))
            : Results.Ok(summary with { Gaps = summary.Gaps.Select(g => g with { Topic = StaffText.Clean(g.Topic), Examples = g.Examples.Select(StaffText.Clean).ToList() }).ToList() });
    }

    /// <summary>Conversation and shopper ids are chosen by the channel: no bidi or control characters reach the dashboard.</summary>
    private static RiskAlerts NeutralisedIds(RiskAlerts alerts) => alerts with
    {
        Safety = alerts.Safety.Select(a => a with { ConversationId = StaffText.Neutralise(a.ConversationId), ShopperId = NeutralisedOrNull(a.ShopperId) }).ToList(),
    };

    // Ids are neutralised but not masked: a manager needs the exact shopper id to export or erase that shopper's data.
    private static string? NeutralisedOrNull(string? id) => id is null ? null : StaffText.Neutralise(id);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static async Task<IResult> AgentsAsync(string? from, string? to, string? week, string? format, QualityReports reports, ConversationBrowser browser, CancellationToken ct)
    {
        if (RangeQuery.Read(from, to, week, reports.Now, out var range) is { } problem) return problem;
        var rows = await reports.AgentsAsync(range, await browser.FlowScoresByAgentAsync(range, ct), ct);
        return CsvExport.Wants(format)
            ? CsvExport.File($"agents-{RangeQuery.Label(range)}.csv",
                ["agent", "claimed", "resolved", "returned", "avgHandleMs", "firstResponseP50Ms", "queueWaitP50Ms", "csat", "ratings", "conversationsPerHour", "flowScore"],
                rows.Select(r => new object?[] { r.Agent, r.Claimed, r.Resolved, r.Returned, r.AverageHandleMs, r.FirstResponseP50Ms, r.QueueWaitP50Ms, r.Csat, r.Ratings, r.ConversationsPerHour, r.FlowScore }))
            : Results.Ok(rows);
    }

    private static async Task<IResult> HandoffReasonsAsync(string? from, string? to, string? week, string? format, QualityReports reports, CancellationToken ct)
    {
        if (RangeQuery.Read(from, to, week, reports.Now, out var range) is { } problem) return problem;
        var metrics = await reports.MetricsAsync(range, ct);
        var rows = metrics.HandoffsByReason.Select(r => new { reason = r.Key, handoffs = r.Value, share = metrics.Handoffs == 0 ? 0 : Math.Round((double)r.Value / metrics.Handoffs, 4) }).ToList();
        return CsvExport.Wants(format)
            ? CsvExport.File($"handoff-reasons-{RangeQuery.Label(range)}.csv", ["reason", "handoffs", "share"], rows.Select(r => new object?[] { r.reason, r.handoffs, r.share }))
            : Results.Ok(rows);
    }

    private static async Task<IResult> DailyAsync(string? from, string? to, string? week, string? format, QualityReports reports, CancellationToken ct)
    {
        if (RangeQuery.Read(from, to, week, reports.Now, out var range) is { } problem) return problem;
        var days = (await reports.MetricsAsync(range, ct)).ByDay;
        return CsvExport.Wants(format)
            ? CsvExport.File($"daily-{RangeQuery.Label(range)}.csv", ["day", "conversations", "handoffs", "handoffRate", "botResolved", "ratings", "csat"],
                days.Select(d => new object?[] { d.Day.ToString("yyyy-MM-dd"), d.Conversations, d.Handoffs, d.HandoffRate, d.BotResolved, d.Ratings, d.Csat }))
            : Results.Ok(days);
    }
}
