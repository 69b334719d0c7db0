using System.Data;
using System.Data.Common;
using System.Text.Json;

namespace ShopAssistant.Data.Sqlite;

public sealed class SqliteShopperData(SqliteDatabase database) : ShopperDataStore
{
    protected override async Task<DbConnection> OpenAsync(CancellationToken ct) => await database.OpenAsync(ct);

    protected override IsolationLevel Snapshot => IsolationLevel.Serializable;

    protected override string KeyEndsWithSuffix => "length(key) >= length(@suffix) AND substr(key, -length(@suffix)) = @suffix";

    // SQLite has no array parameters: the list travels as one JSON text.
    protected override string NotAmongConversations => "conversation_id NOT IN (SELECT value FROM json_each(@conversations))";

    protected override object ConversationList(IReadOnlyList<string> conversations) => JsonSerializer.Serialize(conversations);
}
