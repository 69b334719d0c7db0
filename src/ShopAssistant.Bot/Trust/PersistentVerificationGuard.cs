using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopAssistant.Assistant;
using ShopAssistant.Assistant.Orders;
using ShopAssistant.Data;

namespace ShopAssistant.Bot.Trust;

/// <summary>
/// The guessing bound on the database: failures per order and per client across all conversations and restarts;
/// a lock is an event in the log, which the managers' alerts show.
/// </summary>
public sealed class PersistentVerificationGuard(IVerificationLedger ledger, IEventLog events, IOptions<LimitOptions> options, TimeProvider clock) : IVerificationGuard
{
    public bool IsLocked(int orderNo, ShopperTurn turn) =>
        ledger.IsLocked([VerificationSubjects.Order(orderNo), VerificationSubjects.Client(turn.Client)], clock.GetUtcNow());

    public bool Failed(int orderNo, ShopperTurn turn)
    {
        var now = clock.GetUtcNow();
        var window = TimeSpan.FromMinutes(Math.Max(1, options.Value.VerificationWindowMinutes));
        var locked = ledger.RecordFailure(orderNo, turn.Client, now, window, Math.Max(1, options.Value.VerificationFailures), window);
        foreach (var subject in locked)
        {
            // The plugin that asks is synchronous; SQLite's writes complete synchronously anyway.
            events.AppendAsync(new ShopEvent(now, ShopEventKinds.VerificationLocked, turn.ConversationId, turn.ShopperId, Domain.Conversations.Intents.OrderStatus,
                JsonSerializer.Serialize(new { subject, orderNo, failures = options.Value.VerificationFailures, until = now + window }))).GetAwaiter().GetResult();
        }
        return locked.Count > 0;
    }
}
