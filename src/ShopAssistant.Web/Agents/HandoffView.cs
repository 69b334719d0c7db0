using ShopAssistant.Data;
using ShopAssistant.Web.Staff;

namespace ShopAssistant.Web.Agents;

/// <summary>A handoff as the console and the REST API show it.</summary>
public sealed record HandoffView(
    long Id, string ConversationId, string ShopperId, string Channel, string Reason, int Priority, string Language, string Summary,
    bool AfterHours, string Status, string? Agent, string? Disposition, DateTimeOffset CreatedAt, DateTimeOffset? ClaimedAt,
    DateTimeOffset? ClosedAt, double WaitingMs)
{
    /// <summary>Ids and the summary come from the shopper's side: masked and neutralised before an agent sees them.</summary>
    public static HandoffView From(Handoff h, DateTimeOffset now) => new(
        h.Id, StaffText.Neutralise(h.ConversationId), StaffText.Neutralise(h.ShopperId), StaffText.Neutralise(h.ChannelId), h.Reason, h.Priority,
        h.Language, StaffText.Clean(h.Summary), h.AfterHours, h.Status, h.Agent,
        h.Disposition, h.CreatedAt, h.ClaimedAt, h.ClosedAt, ((h.ClaimedAt ?? now) - h.CreatedAt).TotalMilliseconds);
}

/// <summary>One message of a handoff's conversation in the agent console (the dashboard's reviewer sees <c>Quality.TranscriptLine</c>).</summary>
public sealed record ConsoleMessage(string Direction, string? From, string? Agent, string? Text, DateTimeOffset At)
{
    /// <summary>Links to the photos the message carried, each opened with the agent's own sign-in.</summary>
    public IReadOnlyList<string> Photos { get; init; } = [];
}

/// <summary>A photo of the handed-over conversation, as the console lists it.</summary>
public sealed record PhotoView(string Id, string Url, string ContentType, long SizeBytes, DateTimeOffset At);

public sealed record OrderLine(int OrderNo, DateTimeOffset PaidAt, decimal TotalRmb, string Status);

public sealed record HandoffDetail(HandoffView Handoff, IReadOnlyList<ConsoleMessage> Transcript, IReadOnlyList<HandoffNote> Notes, IReadOnlyList<OrderLine> RecentOrders)
{
    /// <summary>Every photo the shopper sent in the conversation: the ones the handoff carries.</summary>
    public IReadOnlyList<PhotoView> Photos { get; init; } = [];
}
