using System.Data.Common;

namespace ShopAssistant.Data;

/// <summary>
/// The database behind every store, whichever the provider: the host opens it at start (which migrates it) and the
/// readiness check asks it for a connection.
/// </summary>
public interface IShopDatabase
{
    /// <summary>"sqlite" or "postgres", as the readiness check reports it.</summary>
    string Provider { get; }

    /// <summary>An open connection on a migrated schema.</summary>
    Task<DbConnection> OpenConnectionAsync(CancellationToken ct = default);
}
