using Dapper;
using ShopAssistant.Data.Sqlite;

namespace ShopAssistant.Data.Tests;

/// <summary>What only the embedded provider promises: the file's journal mode, durability setting and schema version.</summary>
public sealed class SqliteDatabaseTests() : StoreSuite(new SqliteStores())
{
    [Fact]
    public async Task The_database_file_is_created_and_migrated_on_first_use_in_wal_mode()
    {
        await using var connection = await OpenAsync();
        Assert.Equal(7, await connection.ExecuteScalarAsync<int>("PRAGMA user_version")); // seven migration steps so far
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("PRAGMA synchronous")); // NORMAL
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM sqlite_master WHERE name = 'handoff'"));
    }

    [Fact]
    public async Task A_writer_waits_for_the_one_before_it_to_finish()
    {
        var database = Store<SqliteDatabase>();
        var first = await database.OpenWriterAsync();

        var second = database.OpenWriterAsync();
        await Task.Delay(50);
        Assert.False(second.IsCompleted);

        await first.DisposeAsync();
        await using var next = await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1, await next.Connection.ExecuteScalarAsync<int>("SELECT 1"));
    }

    [Fact]
    public async Task Fifty_turns_writing_at_once_all_land()
    {
        var transcripts = Store<ITranscriptLog>();
        var events = Store<IEventLog>();
        var state = Store<IStateStore>();
        var at = DateTimeOffset.UtcNow;

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            var conversation = $"c{i}";
            Assert.True(await transcripts.AppendInboundOnceAsync(new TranscriptEntry(conversation, TranscriptEntry.Inbound, "message", $"a{i}", "shopper", "user", "hi", "{}", at)));
            await transcripts.AppendAsync(new TranscriptEntry(conversation, TranscriptEntry.Outbound, "message", null, "bot", "bot", "hello", "{}", at));
            await events.AppendAsync(new ShopEvent(at, ShopEventKinds.Turn, conversation, "shopper", "greeting"));
            await state.WriteAsync($"test/conversations/{conversation}", "{}", null);
        })));

        await using var connection = await OpenAsync();
        Assert.Equal(100, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM transcript"));
        Assert.Equal(50, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM event"));
        Assert.Equal(50, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM bot_state"));
    }
}
