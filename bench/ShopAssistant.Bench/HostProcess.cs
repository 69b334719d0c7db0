using System.Diagnostics;
using System.Net.Sockets;

namespace ShopAssistant.Bench;

/// <summary>The product as a separate process on a free loopback port, with its own data folder.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, Uri address) => (_process, Address) = (process, address);

    public Uri Address { get; }
    public int Id => _process.Id;

    public static HostProcess Start(string hostDll, params string[] settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var data = Directory.CreateTempSubdirectory("sa-bench-").FullName;
        var process = Process.Start(new ProcessStartInfo("dotnet", [hostDll, "--urls", address.ToString(), "--ShopAssistant:Storage:DataFolder", data, .. settings])
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!, RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HostProcess(process, address);
    }

    public async Task WaitUntilListeningAsync(HttpClient http)
    {
        while (true)
        {
            try { if ((await http.GetAsync(new Uri(Address, "/health"))).IsSuccessStatusCode) return; } catch (HttpRequestException) { }
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(System.Net.IPAddress.Loopback, 0);
        socket.Start();
        return ((System.Net.IPEndPoint)socket.LocalEndpoint).Port;
    }
}
