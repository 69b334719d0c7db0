using System.Diagnostics;

namespace ShopAssistant.Testing;

/// <summary>A server run in the foreground as a child of the test process (as `nobody` when running as root), killed at the end.</summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    public ServerProcess(string file, IReadOnlyList<string> arguments, string workingDirectory, bool unprivileged = true)
    {
        var asNobody = unprivileged && LocalServers.IsRoot;
        var start = new ProcessStartInfo(asNobody ? LocalServers.Find("runuser")! : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        if (asNobody) foreach (var a in new[] { "-u", "nobody", "--", file }) start.ArgumentList.Add(a);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public bool HasExited => _process.HasExited;

    public string RecentOutput
    {
        get { lock (_output) return string.Join("\n", _output.TakeLast(30)); }
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output) _output.Add(line);
    }

    /// <summary>Starts a server that keeps its files in <paramref name="folder"/> and waits for its port; if it never listens, it is stopped and the folder deleted.</summary>
    public static async Task<ServerProcess> StartAsync(string file, IReadOnlyList<string> arguments, string folder, int port, string name, bool unprivileged = true)
    {
        var server = new ServerProcess(file, arguments, folder, unprivileged);
        try
        {
            await server.WaitForPortAsync(port, name);
            return server;
        }
        catch
        {
            server.Dispose();
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>Waits until the server accepts TCP connections on the port.</summary>
    public async Task WaitForPortAsync(int port, string name)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"{name} exited ({_process.ExitCode}):\n{RecentOutput}");
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"{name} did not listen on {port} within 30 s:\n{RecentOutput}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }
}
