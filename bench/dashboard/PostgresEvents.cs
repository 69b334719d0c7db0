using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using ShopAssistant.Data.Postgres;
using ShopAssistant.Data.Sqlite;

namespace ShopAssistant.Bench.Dashboard;

/// <summary>
/// The PostgreSQL side of the bench: the very events seeded into the SQLite file, copied in id order (so both providers
/// hold the same rows under the same ids), on a migrated schema, then analysed as a live table would be.
/// </summary>
internal static class PostgresEvents
{
    public static async Task<long> CopyAsync(SqliteDatabase from, PostgresDatabase to)
    {
        await using var target = await to.OpenAsync();
        await target.ExecuteAsync("TRUNCATE event RESTART IDENTITY");
        await using var source = await from.OpenAsync();
        await using var read = source.CreateCommand();
        read.CommandText = "SELECT at_ms, kind, conversation_id, shopper_id, intent, data_json FROM event ORDER BY id";
        await using var rows = await read.ExecuteReaderAsync();
        long copied = 0;
        await using (var import = await target.BeginBinaryImportAsync(
            "COPY event (at_ms, kind, conversation_id, shopper_id, intent, data_json) FROM STDIN (FORMAT BINARY)"))
        {
            while (await rows.ReadAsync())
            {
                await import.StartRowAsync();
                await import.WriteAsync(rows.GetInt64(0), NpgsqlDbType.Bigint);
                for (var column = 1; column <= 5; column++)
                {
                    if (rows.IsDBNull(column)) await import.WriteNullAsync();
                    else await import.WriteAsync(rows.GetString(column), NpgsqlDbType.Text);
                }
                copied++;
            }
            await import.CompleteAsync();
        }
        await target.ExecuteAsync("ANALYZE event");
        return copied;
    }
}
