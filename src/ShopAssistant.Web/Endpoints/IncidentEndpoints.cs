using System.Security.Claims;
using ShopAssistant.Data;
using ShopAssistant.Web.Staff;

namespace ShopAssistant.Web.Endpoints;

/// <summary>Handbook E1: a manager declares an incident the assistant then tells shoppers about, and ends it.</summary>
public static class IncidentEndpoints
{
    public const int MaxTextLength = 500;
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(90);

    public static IEndpointRouteBuilder MapIncidentEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/incidents").WithTags("Incidents").RequireAuthorization(StaffPolicies.Manager);
        api.MapPost("/", DeclareAsync).WithName("DeclareIncident")
            .WithSummary("Declares an incident: {scope: intent label or \"all\", textZh, textEn, endsAt}; 201 with the incident.");
        api.MapGet("/active", (IIncidentBoard board, CancellationToken ct) => board.ActiveAsync(ct)).WithName("ActiveIncidents")
            .WithSummary("Incidents in force now.");
        api.MapPost("/{id:long}/end", async (long id, IIncidentBoard board, CancellationToken ct) =>
            await board.EndAsync(id, ct) ? Results.NoContent() : Results.NotFound()).WithName("EndIncident").WithSummary("Ends an incident now.");
        return app;
    }

    private static async Task<IResult> DeclareAsync(IncidentDeclaration request, IIncidentBoard board, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var scope = string.IsNullOrWhiteSpace(request.Scope) ? IncidentScopes.All : request.Scope.Trim();
        string? problem =
            !IncidentScopes.IsKnown(scope) ? "scope must be \"all\" or an intent label such as shipping_policy. scope 应为 all 或意图标签。"
            : string.IsNullOrWhiteSpace(request.TextZh) || string.IsNullOrWhiteSpace(request.TextEn) ? "Write the notice in both Chinese (textZh) and English (textEn). 请填写中英文公告。"
            : request.TextZh.Length > MaxTextLength || request.TextEn.Length > MaxTextLength ? $"Each text is at most {MaxTextLength} characters. 公告最多 {MaxTextLength} 字。"
            : request.EndsAt is not { } ends || ends <= clock.GetUtcNow() ? "endsAt must be a time in the future. 结束时间必须晚于现在。"
            : ends - clock.GetUtcNow() > MaxDuration ? "An incident lasts at most 90 days. 事件最长 90 天。"
            : null;
        if (problem is not null) return Results.Problem(title: "Invalid incident", detail: problem, statusCode: StatusCodes.Status400BadRequest);
        var incident = await board.DeclareAsync(scope, request.TextZh!.Trim(), request.TextEn!.Trim(), request.EndsAt!.Value, user.Identity!.Name!, ct);
        return Results.Created($"/api/incidents/{incident.Id}", incident);
    }
}

/// <summary>The body of POST /api/incidents; every field is checked before anything is declared.</summary>
public sealed record IncidentDeclaration(string? Scope, string? TextZh, string? TextEn, DateTimeOffset? EndsAt);
