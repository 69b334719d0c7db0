using Microsoft.AspNetCore.SignalR.Client;

namespace ShopAssistant.Web.Tests;

internal static class PatientHubConnections
{
    /// <summary>
    /// SignalR's client gives the handshake 15 s; on CI's two cores, with test hosts and model training beside it, one
    /// handshake once took longer. A test asserts what the hub does, not how fast it answers under that load.
    /// </summary>
    public static HubConnection PatientUnderLoad(this HubConnection connection)
    {
        connection.HandshakeTimeout = TimeSpan.FromSeconds(60);
        return connection;
    }
}
