using System.Security.Cryptography;
using Dapper;

namespace ShopAssistant.Data.Postgres;

public sealed class PostgresSharedSecrets(PostgresDatabase database) : ISharedSecrets
{
    public byte[] GetOrCreate(string name, int length)
    {
        using var connection = database.OpenConnection();
        // The first instance's value wins; the others' inserts do nothing and they read it back.
        connection.Execute("INSERT INTO shared_secret (name, value) VALUES (@name, @value) ON CONFLICT (name) DO NOTHING",
            new { name, value = RandomNumberGenerator.GetBytes(length) });
        return connection.QuerySingle<byte[]>("SELECT value FROM shared_secret WHERE name = @name", new { name });
    }
}
