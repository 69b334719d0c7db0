using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using ShopAssistant.Web.Staff;

namespace ShopAssistant.Web.Dashboard;

/// <summary>
/// The managers' live channel. Handbook E3: a safety or legal report must reach a manager at once, not on the
/// dashboard's next minute refresh, so the handoff that carries it is pushed here the moment it is created.
/// </summary>
[Authorize(Policy = StaffPolicies.Manager)]
public sealed class DashboardHub : Hub
{
    public const string Path = "/hubs/dashboard";
    public const string RiskAlert = "riskAlert";
}
