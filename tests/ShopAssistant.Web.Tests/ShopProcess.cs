using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ShopAssistant.Web.Tests;

/// <summary>
/// The published shape of the product: the Web program in a process of its own (not inside the test process as
/// ShopHost is), so that a test can kill it the way a crash or an OOM kill would, and start it again on the same data.
/// </summary>
public sealed class ShopProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private ShopProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string RecentOutput
    {
        get { lock (_output) return string.Join("\n", _output.TakeLast(40)); }
    }

    /// <summary>
    /// Starts the program (Production, no launch profile) with the given settings and waits until it is ready; on the
    /// given port (a restart behind a proxy that knows it) or a free one.
    /// </summary>
    public static async Task<ShopProcess> StartAsync(IReadOnlyDictionary<string, string> settings, int? port = null)
    {
        var program = ProgramPath();
        var address = new Uri($"http://127.0.0.1:{port ?? FreePort()}");
        var start = new ProcessStartInfo("dotnet", [program])
        {
            WorkingDirectory = Path.GetDirectoryName(program)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        var shop = new ShopProcess(Process.Start(start)!, address);
        shop._process.OutputDataReceived += (_, e) => shop.Keep(e.Data);
        shop._process.ErrorDataReceived += (_, e) => shop.Keep(e.Data);
        shop._process.BeginOutputReadLine();
        shop._process.BeginErrorReadLine();
        await shop.WaitUntilReadyAsync();
        return shop;
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output) _output.Add(line);
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The program exited ({_process.ExitCode}):\n{RecentOutput}");
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The program was not ready within 3 minutes:\n{RecentOutput}");
    }

    /// <summary>SIGKILL: no shutdown, no flushing, nothing the program can do about it.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>src/ShopAssistant.Web's build output for the configuration the tests were built in.</summary>
    private static string ProgramPath()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory);   // tests/ShopAssistant.Web.Tests/bin/{Configuration}/{tfm}/
        var tfm = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ShopAssistant.sln"))) root = root.Parent;
        var program = Path.Combine(root?.FullName ?? throw new InvalidOperationException("No ShopAssistant.sln above the test output."),
            "src", "ShopAssistant.Web", "bin", configuration, tfm, "ShopAssistant.dll");
        return File.Exists(program) ? program : throw new FileNotFoundException("Build the solution first.", program);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
