using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ShopAssistant.Testing;

/// <summary>The local servers a test class (or a bench) needs.</summary>
public enum Server { Postgres, Redis, Nginx, Chromium }

/// <summary>Finding, starting and stopping the machine's server binaries for one test run.</summary>
public static class LocalServers
{
    /// <summary>A PostgreSQL to use instead of starting one: a connection string to a role that may create databases.</summary>
    public const string PostgresVariable = "SHOPASSISTANT_TEST_POSTGRES";

    /// <summary>A Redis to use instead of starting one: a StackExchange.Redis configuration string (host:port).</summary>
    public const string RedisVariable = "SHOPASSISTANT_TEST_REDIS";

    /// <summary>Why tests needing these servers cannot run here, or null when they can.</summary>
    public static string? SkipReason(IEnumerable<Server> servers)
    {
        var missing = servers.Distinct().Select(Missing).Where(m => m is not null).ToList();
        return missing.Count == 0 ? null : string.Join("; ", missing);
    }

    private static string? Missing(Server server) => server switch
    {
        Server.Postgres when Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } => null,
        Server.Postgres => PostgresBin() is null
            ? $"PostgreSQL is not installed (no initdb/pg_ctl under /usr/lib/postgresql/*/bin or on PATH) and {PostgresVariable} is not set"
            : Unprivileged(),
        Server.Redis when Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } => null,
        Server.Redis => Find("redis-server") is null ? $"redis-server is not installed and {RedisVariable} is not set" : Unprivileged(),
        Server.Nginx => Find("nginx") is null ? "nginx is not installed" : null,
        // Not a server, but a binary of the machine's the same way: the browser tests drive Debian's, never a download.
        Server.Chromium => File.Exists(Chromium) ? null : $"No browser at {Chromium} (apt-get install chromium; .ci/run does)",
        _ => $"unknown server {server}",
    };

    /// <summary>PostgreSQL refuses to run as root: as root, the servers run as `nobody` through runuser.</summary>
    private static string? Unprivileged() =>
        !IsRoot || Find("runuser") is not null ? null : "running as root without runuser to start the server as an unprivileged user";

    /// <summary>Debian's chromium, which Playwright drives (browser downloads fail here).</summary>
    public const string Chromium = "/usr/bin/chromium";

    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>The newest PostgreSQL server binaries folder, or null.</summary>
    public static string? PostgresBin()
    {
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0).FirstOrDefault()
            : null;
        return debian ?? (Find("initdb") is { } initdb ? Path.GetDirectoryName(initdb) : null);
    }

    /// <summary>An executable on PATH or in the sbin folders (where Debian puts nginx).</summary>
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Concat(["/usr/sbin", "/sbin", "/usr/bin"])
            .Where(d => d.Length > 0).Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A temp folder the server's user owns (as root, `nobody`).</summary>
    public static string ServerFolder(string prefix)
    {
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        if (IsRoot) Run("chown", ["nobody", folder]);
        return folder;
    }

    /// <summary>Runs a command to completion (as `nobody` when asked and running as root); throws with its output on failure.</summary>
    public static string Run(string file, IReadOnlyList<string> arguments, bool unprivileged = false, string? workingDirectory = null, int timeoutSeconds = 120)
    {
        var start = new ProcessStartInfo(unprivileged && IsRoot ? Find("runuser")! : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        if (unprivileged && IsRoot) foreach (var a in new[] { "-u", "nobody", "--", file }) start.ArgumentList.Add(a);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} did not finish within {timeoutSeconds} s");
        }
        var text = output.GetAwaiter().GetResult() + errors.GetAwaiter().GetResult();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {text}");
        return text;
    }
}
