using System.Security.Claims;
using ShopAssistant.Assistant.Orders;
using ShopAssistant.Bot.Handoffs;
using ShopAssistant.Data;
using ShopAssistant.Domain;
using ShopAssistant.Knowledge;
using ShopAssistant.Web.Agents;
using ShopAssistant.Web.Staff;

namespace ShopAssistant.Web.Endpoints;

public sealed record AgentMessageRequest(string? Text);
public sealed record ResolveRequest(string? Disposition);
public sealed record TransferRequest(string? Agent);
public sealed record NoteRequest(string? Text);

/// <summary>The agents' REST API: the queue, claiming, replying, transferring, closing, notes.</summary>
public static class HandoffEndpoints
{
    public const int MaxMessageLength = 4_000;

    public static IEndpointRouteBuilder MapHandoffEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/handoffs").WithTags("Handoffs").RequireAuthorization(StaffPolicies.Agent);
        api.MapGet("/", ListAsync).WithName("ListHandoffs").WithSummary("Open handoffs in queue order, or those with ?status=waiting|active|resolved|returned.");
        api.MapGet("/search", ConversationSearch.SearchAsync).WithName("SearchHandoffs")
            .WithSummary("Handed-over conversations whose shopper messages contain ?q= (as agents see them, masked), latest first.");
        api.MapGet("/{id:long}", DetailAsync).WithName("GetHandoff").WithSummary("A handoff with its transcript, notes and the shopper's recent orders.");
        api.MapPost("/{id:long}/claim", (long id, HandoffDesk desk, ClaimsPrincipal user, CancellationToken ct) =>
            Answer(desk.ClaimAsync(id, Agent(user), ct), "Someone else has already claimed this handoff, or it is no longer waiting."))
            .WithName("ClaimHandoff").WithSummary("Takes a waiting handoff; 409 when another agent was first.");
        api.MapPost("/{id:long}/messages", async (long id, AgentMessageRequest request, HandoffDesk desk, ClaimsPrincipal user, CancellationToken ct) =>
            Validate(request.Text, MaxMessageLength) is { } problem ? problem
                : await Answer(desk.SayAsync(id, Agent(user), request.Text!.Trim(), ct), "Only the agent who holds an active handoff can write in it."))
            .WithName("SendAgentMessage").WithSummary("Sends the agent's message to the shopper.");
        api.MapPost("/{id:long}/transfer", async (long id, TransferRequest request, HandoffDesk desk, StaffDirectory staff, ClaimsPrincipal user, CancellationToken ct) =>
            staff.Members.FirstOrDefault(m => m.UserName == request.Agent && m.Role == StaffRoles.Agent) is not { } target
                ? Results.Problem(title: "Unknown agent", detail: "Transfer to an existing agent's user name.", statusCode: 400)
                : await Answer(desk.TransferAsync(id, Agent(user), target.UserName, ct), "Only the agent who holds an active handoff can transfer it."))
            .WithName("TransferHandoff");
        api.MapPost("/{id:long}/resolve", (long id, ResolveRequest? request, HandoffDesk desk, ClaimsPrincipal user, CancellationToken ct) =>
            Answer(desk.CloseAsync(id, Agent(user), HandoffStatus.Resolved, Trim(request?.Disposition, 200) ?? "resolved", ct), "Only the agent who holds an active handoff can resolve it."))
            .WithName("ResolveHandoff").WithSummary("Closes the handoff with a disposition; the shopper is asked for a 1–5 rating.");
        api.MapPost("/{id:long}/return-to-bot", (long id, HandoffDesk desk, ClaimsPrincipal user, CancellationToken ct) =>
            Answer(desk.CloseAsync(id, Agent(user), HandoffStatus.ReturnedToBot, null, ct), "Only the agent who holds an active handoff can return it to the bot."))
            .WithName("ReturnHandoffToBot");
        api.MapGet("/{id:long}/replies", CannedRepliesAsync).WithName("CannedReplies")
            .WithSummary("Service scripts to reply with, in the shopper's language: found by ?q=, or for the shopper's last message (the suggested reply first).");
        api.MapPost("/{id:long}/notes", AddNoteAsync).WithName("AddHandoffNote").WithSummary("An internal note, never shown to the shopper.");
        app.MapGet("/api/agents", (AgentPresence presence) => presence.Agents).WithTags("Handoffs").RequireAuthorization(StaffPolicies.Agent).WithName("AgentPresence");
        app.MapHub<AgentHub>(AgentHub.Path);
        return app;
    }

    private static async Task<IResult> ListAsync(string? status, IHandoffStore handoffs, TimeProvider clock, CancellationToken ct)
    {
        if (status is not null && !HandoffStatus.IsKnown(status))
            return Results.Problem(title: "Unknown status", detail: "Use waiting, active, resolved or returned.", statusCode: 400);
        var now = clock.GetUtcNow();
        return Results.Ok((await handoffs.ListAsync(status, 500, ct)).Select(h => HandoffView.From(h, now)));
    }

    private static async Task<IResult> DetailAsync(long id, IHandoffStore handoffs, ITranscriptLog transcripts, IPhotoStore photos, OrderLookup orders, TimeProvider clock, CancellationToken ct)
    {
        if (await handoffs.GetAsync(id, ct) is not { } handoff) return Results.NotFound();
        var transcript = (await transcripts.ReadAsync(handoff.ConversationId, ct))
            .Where(t => t.Type == "message")
            .Select(t => (Entry: t, Stored: StoredActivity.Of(t)))
            .Select(t => new ConsoleMessage(t.Entry.Direction, t.Entry.FromId is null ? null : StaffText.Neutralise(t.Entry.FromId), t.Stored.Agent,
                StaffText.CleanOrNull(t.Entry.Text), t.Entry.At) { Photos = t.Stored.Photos })
            .ToList();
        var recent = orders.KnownShopper(handoff.CustomerId) is { } customer
            ? orders.RecentOrdersOf(customer, 5).Select(o => new OrderLine(o.OrderNo, orders.Track(o).PaidAt, o.TotalRmb, orders.Track(o).Status.ToString())).ToList()
            : [];
        var sent = (await photos.ListAsync(handoff.ConversationId, ct))
            .Select(p => new PhotoView(p.Id, Bot.Photos.PhotoAttachments.Url(p.Id), p.ContentType, p.SizeBytes, p.At)).ToList();
        return Results.Ok(new HandoffDetail(HandoffView.From(handoff, clock.GetUtcNow()), transcript, await handoffs.NotesAsync(id, ct), recent) { Photos = sent });
    }

    private static async Task<IResult> CannedRepliesAsync(long id, string? q, IHandoffStore handoffs, ITranscriptLog transcripts, IKnowledgeIndex knowledge, CancellationToken ct)
    {
        if (await handoffs.GetAsync(id, ct) is not { } handoff) return Results.NotFound();
        var query = q;
        if (string.IsNullOrWhiteSpace(query))
            query = (await transcripts.ReadAsync(handoff.ConversationId, ct)).LastOrDefault(t => t.Direction == TranscriptEntry.Inbound && !string.IsNullOrWhiteSpace(t.Text))?.Text ?? "";
        var hits = await knowledge.SearchAsync(new KnowledgeQuery(query.Length > 500 ? query[..500] : query, ShopLanguages.Parse(handoff.Language), Top: 5), ct);
        return Results.Ok(hits.Select(h => new { h.ScriptId, h.Title, h.Answer, h.FactIds }));
    }

    private static async Task<IResult> AddNoteAsync(long id, NoteRequest request, IHandoffStore handoffs, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        if (Validate(request.Text, 2_000) is { } problem) return problem;
        if (await handoffs.GetAsync(id, ct) is null) return Results.NotFound();
        await handoffs.AddNoteAsync(new HandoffNote(id, Agent(user), request.Text!.Trim(), clock.GetUtcNow()), ct);
        return Results.NoContent();
    }

    private static async Task<IResult> Answer(Task<HandoffActionResult> action, string conflict) => await action switch
    {
        HandoffActionResult.Done => Results.NoContent(),
        HandoffActionResult.NotFound => Results.NotFound(),
        _ => Results.Problem(title: "Conflict", detail: conflict, statusCode: StatusCodes.Status409Conflict),
    };

    private static IResult? Validate(string? text, int max) =>
        string.IsNullOrWhiteSpace(text) ? Results.Problem(title: "Empty text", detail: "Write something first.", statusCode: 400)
        : text.Length > max ? Results.Problem(title: "Too long", detail: $"At most {max} characters.", statusCode: 400)
        : null;

    private static string? Trim(string? text, int max) =>
        text?.Trim() is { Length: > 0 } trimmed ? trimmed[..Math.Min(trimmed.Length, max)] : null;

    private static string Agent(ClaimsPrincipal user) => user.Identity!.Name!;
}
