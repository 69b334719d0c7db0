namespace ShopAssistant.Testing;

/// <summary>The Redis named by SHOPASSISTANT_TEST_REDIS, or a throw-away redis-server on a free loopback port (no persistence).</summary>
public sealed class RedisServer : IDisposable
{
    private readonly ServerProcess? _server;
    private readonly string? _folder;

    private RedisServer(string configuration, ServerProcess? server, string? folder) =>
        (Configuration, _server, _folder) = (configuration, server, folder);

    /// <summary>The StackExchange.Redis configuration string (host:port).</summary>
    public string Configuration { get; }

    public static async Task<RedisServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(LocalServers.RedisVariable) is { Length: > 0 } configured) return new RedisServer(configured, null, null);
        var binary = LocalServers.Find("redis-server") ?? throw new InvalidOperationException("redis-server not found");
        var folder = LocalServers.ServerFolder("sa-redis-");
        var port = LocalServers.FreePort();
        var server = await ServerProcess.StartAsync(binary, ["--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder], folder,
            port, "redis-server");
        return new RedisServer($"127.0.0.1:{port}", server, folder);
    }

    public void Dispose()
    {
        _server?.Dispose();
        if (_folder is not null) Directory.Delete(_folder, recursive: true);
    }
}
