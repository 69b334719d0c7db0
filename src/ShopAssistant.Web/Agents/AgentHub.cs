using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using ShopAssistant.Web.Staff;

namespace ShopAssistant.Web.Agents;

/// <summary>
/// The agent console's live channel: queue changes and shopper messages for every signed-in agent, and an
/// "arrived" notification only for agents who are online (not away).
/// </summary>
[Authorize(Policy = StaffPolicies.Agent)]
public sealed class AgentHub(AgentPresence presence, StaffSessions sessions) : Hub
{
    public const string Path = "/hubs/agents";
    public const string AllAgents = "agents";
    public const string OnlineAgents = "agents-online";
    public const string PresenceMethod = "presence";

    public override async Task OnConnectedAsync()
    {
        await sessions.AttachAsync(Context);
        await Groups.AddToGroupAsync(Context.ConnectionId, AllAgents);
        // A reconnect is a new connection: the console names the presence its agent chose (?presence=away), so that
        // an agent who stepped away is not offered handoffs again because the network blinked.
        await SetPresence(Context.GetHttpContext()?.Request.Query["presence"].ToString() == "away" ? "away" : "online");
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        presence.Disconnected(Context.ConnectionId);
        sessions.Detach(Context);
        return Task.CompletedTask;
    }

    /// <summary>online or away; only online agents are offered new handoffs.</summary>
    public async Task SetPresence(string status)
    {
        var online = status == "online";
        presence.Set(Context.ConnectionId, Context.User!.Identity!.Name!, online);
        if (online) await Groups.AddToGroupAsync(Context.ConnectionId, OnlineAgents);
        else await Groups.RemoveFromGroupAsync(Context.ConnectionId, OnlineAgents);
        // The console shows what the server holds, not what it asked for.
        await Clients.Caller.SendAsync(PresenceMethod, online ? "online" : "away");
    }
}

/// <summary>Which agents are connected and whether they are taking handoffs.</summary>
public sealed class AgentPresence
{
    private readonly ConcurrentDictionary<string, (string Agent, bool Online)> _connections = new();

    public void Set(string connectionId, string agent, bool online) => _connections[connectionId] = (agent, online);

    public void Disconnected(string connectionId) => _connections.TryRemove(connectionId, out _);

    public IReadOnlyDictionary<string, string> Agents => _connections.Values
        .GroupBy(c => c.Agent)
        .ToDictionary(g => g.Key, g => g.Any(c => c.Online) ? "online" : "away");
}
