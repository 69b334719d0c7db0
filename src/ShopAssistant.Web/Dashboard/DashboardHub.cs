using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using ShopAssistant.Web.Staff;

namespace ShopAssistant.Web.Dashboard;

/// <summary>
/// The managers' live channel. Handbook E3: a safety or legal report must reach a manager at once, not on the
/// dashboard's next minute refresh, so the handoff that carries it is pushed here the moment it is created.
/// </summary>
[Authorize(Policy = StaffPolicies.Manager)]
public sealed class DashboardHub(StaffSessions sessions) : Hub
{
    public const string Path = "/hubs/dashboard";
    public const string RiskAlert = "riskAlert";

    /// <summary>Known to the session, so that signing out (or losing the manager role) closes the live channel too.</summary>
    public override Task OnConnectedAsync() => sessions.AttachAsync(Context);

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        sessions.Detach(Context);
        return Task.CompletedTask;
    }
}
