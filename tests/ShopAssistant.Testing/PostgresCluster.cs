using Npgsql;

namespace ShopAssistant.Testing;

/// <summary>
/// One PostgreSQL for a test assembly (use it as a collection fixture): the server named by SHOPASSISTANT_TEST_POSTGRES,
/// or a throw-away cluster (initdb into a temp folder, pg_ctl on a free loopback port, as `nobody` when running as
/// root) started on first use and removed at the end. Each test gets its own database.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _startOnce = new(1, 1);
    private string? _admin;
    private string? _folder;

    /// <summary>A new, empty database; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var admin = await AdminAsync();
        var name = "sa_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing whatever still uses it.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(await AdminAsync());
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private async Task<string> AdminAsync()
    {
        await _startOnce.WaitAsync();
        try
        {
            return _admin ??= Environment.GetEnvironmentVariable(LocalServers.PostgresVariable) is { Length: > 0 } configured ? configured : Start();
        }
        finally
        {
            _startOnce.Release();
        }
    }

    private string Start()
    {
        var bin = LocalServers.PostgresBin() ?? throw new InvalidOperationException("PostgreSQL binaries not found");
        _folder = LocalServers.ServerFolder("sa-pg-");
        var data = Path.Combine(_folder, "data");
        LocalServers.Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"],
            unprivileged: true, workingDirectory: _folder);
        var port = LocalServers.FreePort();
        // Durability is not under test here: without fsync the suite runs several times faster.
        LocalServers.Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
            "start"], unprivileged: true, workingDirectory: _folder);
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Timeout=15";
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        if (_folder is null) return;
        NpgsqlConnection.ClearAllPools();
        var bin = LocalServers.PostgresBin()!;
        try
        {
            LocalServers.Run(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "stop"], unprivileged: true, workingDirectory: _folder);
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
            _folder = null;
        }
    }
}
