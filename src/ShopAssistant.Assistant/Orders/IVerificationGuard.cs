using System.Collections.Concurrent;

namespace ShopAssistant.Assistant.Orders;

/// <summary>
/// Bounds guessing of the phone's last 4 digits beyond one conversation: failures count per order number and per
/// client, wherever they happen. The bot layer keeps the counts in the database; this in-memory one serves tests and
/// tools that run the assistant alone.
/// </summary>
public interface IVerificationGuard
{
    bool IsLocked(int orderNo, ShopperTurn turn);

    /// <summary>Records a wrong pair; true when this failure locked the order or the client.</summary>
    bool Failed(int orderNo, ShopperTurn turn);
}

public sealed class InMemoryVerificationGuard(TimeProvider clock, int maxFailures = InMemoryVerificationGuard.DefaultMaxFailures) : IVerificationGuard
{
    public const int DefaultMaxFailures = 5;
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, List<DateTimeOffset>> _failures = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lockedUntil = new();

    public bool IsLocked(int orderNo, ShopperTurn turn)
    {
        var clientKey = turn.Client;
        var now = clock.GetUtcNow();
        return Subjects(orderNo, clientKey).Any(s => _lockedUntil.TryGetValue(s, out var until) && until > now);
    }

    public bool Failed(int orderNo, ShopperTurn turn)
    {
        var clientKey = turn.Client;
        var now = clock.GetUtcNow();
        var locked = false;
        foreach (var subject in Subjects(orderNo, clientKey))
        {
            var list = _failures.GetOrAdd(subject, _ => []);
            lock (list)
            {
                list.RemoveAll(at => at <= now - Window);
                list.Add(now);
                if (list.Count < maxFailures) continue;
            }
            _lockedUntil[subject] = now + Window;
            locked = true;
        }
        return locked;
    }

    private static string[] Subjects(int orderNo, string clientKey) => [$"order:{orderNo}", $"client:{clientKey}"];
}
