using System.Net;
using System.Net.Sockets;

namespace ShopAssistant.Web.Tests;

/// <summary>
/// An "OpenAI-compatible endpoint" that accepts connections and never answers: a provider outage as it usually looks.
/// </summary>
public sealed class HungModelEndpoint : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _held = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public HungModelEndpoint()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string Endpoint => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1";

    public int Connections
    {
        get { lock (_held) return _held.Count; }
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                lock (_held) _held.Add(client);
            }
        }
        catch (OperationCanceledException) { }
        catch (SocketException) { }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        lock (_held) foreach (var client in _held) client.Dispose();
        _stop.Dispose();
    }
}
