using Microsoft.AspNetCore.SignalR;
using ShopAssistant.Bot.Handoffs;
using ShopAssistant.Data;
using ShopAssistant.Domain.Conversations;
using ShopAssistant.Quality;
using ShopAssistant.Web.Dashboard;
using ShopAssistant.Web.Staff;

namespace ShopAssistant.Web.Agents;

/// <summary>Pushes handoff changes and shopper messages to the agent console, and safety or legal reports to managers.</summary>
public sealed class SignalRStaffNotifier(IHubContext<AgentHub> hub, IHubContext<DashboardHub> managers, TimeProvider clock) : IStaffNotifier
{
    public async Task HandoffChangedAsync(Handoff handoff, CancellationToken ct = default)
    {
        var view = HandoffView.From(handoff, clock.GetUtcNow());
        await hub.Clients.Group(AgentHub.AllAgents).SendAsync("handoff", view, ct);
        if (handoff.Status != HandoffStatus.Waiting) return;
        await hub.Clients.Group(AgentHub.OnlineAgents).SendAsync("arrived", view, ct);
        // Handbook E3: only when the report comes in, not again when it is transferred or returned to the queue.
        if (handoff.ClaimedAt is null && HandoffReasons.IsSafetyOrLegal(handoff.Reason))
            await managers.Clients.All.SendAsync(DashboardHub.RiskAlert,
                new SafetyAlert(handoff.CreatedAt, view.ConversationId, view.ShopperId, handoff.Id, handoff.Reason), ct);
    }

    public Task ShopperMessageAsync(Handoff handoff, string text, IReadOnlyList<string> photos, DateTimeOffset at, CancellationToken ct = default) =>
        hub.Clients.Group(AgentHub.AllAgents).SendAsync("shopperMessage", new { handoffId = handoff.Id, text = StaffText.Clean(text), photos, at }, ct);
}
