using System.Security.Claims;
using ShopAssistant.Data;
using ShopAssistant.Web.Staff;

namespace ShopAssistant.Web.Privacy;

/// <summary>
/// A shopper's rights, exercised by a manager on their behalf: a copy of everything stored about
/// them, and its erasure. The shopper id is the channel's from.id — the customer id for a signed-in shopper.
/// </summary>
public static partial class PrivacyEndpoints
{
    public const int MaxShopperIdLength = 256;

    public static IServiceCollection AddShopPrivacy(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TranscriptRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<TranscriptRetention>());
        return services;
    }

    public static IEndpointRouteBuilder MapPrivacyEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/shoppers").WithTags("Privacy").RequireAuthorization(StaffPolicies.Manager);
        api.MapGet("/{id}/export", ExportAsync).WithName("ExportShopperData")
            .WithSummary("Everything stored about one shopper (transcripts, state, events, handoffs, notes, flow verdicts) as JSON.");
        api.MapDelete("/{id}", EraseAsync).WithName("EraseShopperData")
            .WithSummary("Erases one shopper's data: transcripts, state, notes and verdicts deleted; events and handoffs anonymised so counts stay.");
        return app;
    }

    private static async Task<IResult> ExportAsync(string id, IShopperDataStore data, TimeProvider clock, ClaimsPrincipal user, ILogger<ShopperDataExport> log, CancellationToken ct)
    {
        if (Invalid(id) is { } problem) return problem;
        var export = await data.ExportAsync(id, clock.GetUtcNow(), ct);
        LogExported(log, user.Identity!.Name!, export.ConversationIds.Count);
        return Results.Json(export, contentType: "application/json; charset=utf-8");
    }

    private static async Task<IResult> EraseAsync(string id, IShopperDataStore data, TimeProvider clock, ClaimsPrincipal user, ILogger<ShopperErasure> log, CancellationToken ct)
    {
        if (Invalid(id) is { } problem) return problem;
        var erased = await data.EraseAsync(id, clock.GetUtcNow(), ct);
        LogErased(log, user.Identity!.Name!, erased.Conversations);
        return Results.Ok(erased);
    }

    private static IResult? Invalid(string id) =>
        string.IsNullOrWhiteSpace(id) || id.Length > MaxShopperIdLength
            ? Results.Problem(title: "Bad shopper id", detail: $"A shopper id of 1–{MaxShopperIdLength} characters. 顾客编号应为 1–{MaxShopperIdLength} 个字符。", statusCode: 400)
            : null;

    // The audit line names the manager, not the shopper: the log must not become a list of who asked to be forgotten.
    [LoggerMessage(Level = LogLevel.Information, Message = "Privacy: {Manager} exported a shopper's data ({Conversations} conversations).")]
    private static partial void LogExported(ILogger logger, string manager, int conversations);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Privacy: {Manager} erased a shopper's data ({Conversations} conversations).")]
    private static partial void LogErased(ILogger logger, string manager, int conversations);
}
