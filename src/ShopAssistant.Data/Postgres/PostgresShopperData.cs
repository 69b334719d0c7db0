using System.Data;
using System.Data.Common;

namespace ShopAssistant.Data.Postgres;

public sealed class PostgresShopperData(PostgresDatabase database) : ShopperDataStore
{
    protected override async Task<DbConnection> OpenAsync(CancellationToken ct) => await database.OpenAsync(ct);

    // A snapshot of the shopper's rows; Serializable would add failures on commit under concurrent turns for no gain here.
    protected override IsolationLevel Snapshot => IsolationLevel.RepeatableRead;

    protected override string KeyEndsWithSuffix => "right(key, length(@suffix)) = @suffix";

    protected override string NotAmongConversations => "conversation_id <> ALL(@conversations)";

    protected override object ConversationList(IReadOnlyList<string> conversations) => conversations.ToArray();
}
