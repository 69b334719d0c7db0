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
    public string DataFolder { get; private init; } = "";

    public static HostProcess Start(string hostDll, params string[] settings) => Start(hostDll, new Dictionary<string, string>(), settings);

    /// <summary>With environment variables for the host's runtime (DOTNET_gcServer=1 …), to compare runtime settings.</summary>
    public static HostProcess Start(string hostDll, IReadOnlyDictionary<string, string> environment, params string[] settings) =>
        StartIn(hostDll, Directory.CreateTempSubdirectory("sa-bench-").FullName, environment, settings);

    /// <summary>On a given data folder (a restart on what an earlier run prepared).</summary>
    public static HostProcess StartIn(string hostDll, string data, IReadOnlyDictionary<string, string> environment, params string[] settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [hostDll, "--urls", address.ToString(), "--ShopAssistant:Storage:DataFolder", data, .. settings])
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HostProcess(process, address) { DataFolder = data };
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
