using Microsoft.AspNetCore.SignalR;
using ShopAssistant.Bot.Handoffs;
using ShopAssistant.Data;

namespace ShopAssistant.Web.Agents;

/// <summary>Pushes handoff changes and shopper messages to the agent console.</summary>
public sealed class SignalRStaffNotifier(IHubContext<AgentHub> hub, TimeProvider clock) : IStaffNotifier
{
    public async Task HandoffChangedAsync(Handoff handoff, CancellationToken ct = default)
    {
        var view = HandoffView.From(handoff, clock.GetUtcNow());
        await hub.Clients.Group(AgentHub.AllAgents).SendAsync("handoff", view, ct);
        if (handoff.Status == HandoffStatus.Waiting)
            await hub.Clients.Group(AgentHub.OnlineAgents).SendAsync("arrived", view, ct);
    }

    public Task ShopperMessageAsync(Handoff handoff, string text, DateTimeOffset at, CancellationToken ct = default) =>
        hub.Clients.Group(AgentHub.AllAgents).SendAsync("shopperMessage", new { handoffId = handoff.Id, text, at }, ct);
}
