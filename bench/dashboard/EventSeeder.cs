using System.Text.Json;
using Microsoft.Data.Sqlite;
using ShopAssistant.Data.Sqlite;

namespace ShopAssistant.Bench.Dashboard;

/// <summary>
/// Fills the event table with a realistic week: 1–4 bot turns per conversation, about one in five handed to an agent
/// (claim, replies, close), most of those rated. Same data shapes as ShopBot and HandoffDesk write.
/// </summary>
internal static class EventSeeder
{
    private static readonly string[] Intents = ["order_status", "shipping_policy", "return_policy", "invoice", "coupon_membership", "product_question", "recommendation", "greeting", "thanks", "other"];
    private static readonly string[] Reasons = ["shopper_request", "angry_or_complaint", "bot_failed_twice", "damaged_goods", "stalled_parcel", "special_invoice", "safety"];
    private static readonly string[] Agents = ["lily", "bob", "chen", "amy", "wei"];

    public static async Task<long> SeedAsync(SqliteDatabase database, int conversations, DateTimeOffset end, int seed = 42)
    {
        await using var connection = await database.OpenAsync();
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = "INSERT INTO event (at_ms, kind, conversation_id, shopper_id, intent, data_json) VALUES ($at, $kind, $c, $s, $i, $d)";
        var (at, kind, c, s, i, d) = (insert.Parameters.Add("$at", SqliteType.Integer), insert.Parameters.Add("$kind", SqliteType.Text),
            insert.Parameters.Add("$c", SqliteType.Text), insert.Parameters.Add("$s", SqliteType.Text), insert.Parameters.Add("$i", SqliteType.Text),
            insert.Parameters.Add("$d", SqliteType.Text));
        var random = new Random(seed);
        long rows = 0;
        async Task Add(DateTimeOffset when, string k, string conversation, string? intent, object data)
        {
            at.Value = when.ToUnixTimeMilliseconds();
            kind.Value = k;
            c.Value = conversation;
            s.Value = "shopper-" + conversation;
            i.Value = (object?)intent ?? DBNull.Value;
            d.Value = JsonSerializer.Serialize(data);
            await insert.ExecuteNonQueryAsync();
            rows++;
        }

        for (var n = 0; n < conversations; n++)
        {
            var id = $"bench-{n:D7}";
            var t = end.AddSeconds(-random.Next(7 * 24 * 3600));
            var turns = random.Next(1, 5);
            var handoff = random.NextDouble() < 0.2;
            for (var k = 0; k < turns; k++)
            {
                var last = k == turns - 1;
                var intent = Intents[random.Next(Intents.Length)];
                var reason = handoff && last ? Reasons[random.Next(Reasons.Length)] : null;
                await Add(t, "turn", id, intent, new { Confidence = Math.Round(random.NextDouble(), 3), Language = random.NextDouble() < 0.6 ? "zh" : "en",
                    Handoff = reason is not null, HandoffReason = reason, Policy = "offline", LatencyMs = 20 + random.NextDouble() * 300 });
                if (reason is not null)
                {
                    var agent = Agents[random.Next(Agents.Length)];
                    await Add(t, "handoff", id, null, new { handoffId = n, reason, priority = reason == "safety" ? 0 : 1, afterHours = false });
                    var wait = random.Next(5_000, 300_000);
                    await Add(t.AddMilliseconds(wait), "handoff_claimed", id, null, new { handoffId = n, agent, queueWaitMs = wait });
                    var first = random.Next(2_000, 60_000);
                    await Add(t.AddMilliseconds(wait + first), "agent_message", id, null, new { handoffId = n, agent, firstResponseMs = first });
                    var handle = random.Next(60_000, 1_200_000);
                    var resolved = random.NextDouble() < 0.85;
                    await Add(t.AddMilliseconds(wait + handle), "handoff_closed", id, null,
                        new { handoffId = n, agent, status = resolved ? "resolved" : "returned", disposition = resolved ? "resolved" : null, handleMs = handle });
                    if (resolved && random.NextDouble() < 0.6)
                        await Add(t.AddMilliseconds(wait + handle + 20_000), "rating", id, null, new { stars = random.Next(1, 6), handoffId = n, agent });
                }
                t = t.AddSeconds(random.Next(5, 120));
            }
        }
        await tx.CommitAsync();
        return rows;
    }
}
