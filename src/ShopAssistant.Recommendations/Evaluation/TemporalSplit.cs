using ShopAssistant.Domain.Orders;
using ShopAssistant.Recommendations.History;

namespace ShopAssistant.Recommendations.Evaluation;

/// <summary>
/// The dataset README's protocol: train on lines before the cut-off; test shoppers are those with training history
/// who bought at least one training-known product in the test window. Truth ("all") = those distinct products;
/// "new" = the ones the shopper had never bought before the cut-off (shoppers with none are left out).
/// </summary>
public sealed class TemporalSplit
{
    private TemporalSplit(PurchaseHistory train, Dictionary<int, HashSet<int>> all, Dictionary<int, HashSet<int>> @new)
    {
        Train = train;
        All = all;
        New = @new;
    }

    public PurchaseHistory Train { get; }
    public IReadOnlyDictionary<int, HashSet<int>> All { get; }
    public IReadOnlyDictionary<int, HashSet<int>> New { get; }

    public static TemporalSplit Make(IReadOnlyList<PurchaseLine> lines, DateTime cutoff, DateTime testEnd, Func<string, string?>? categoryOf = null)
    {
        var train = PurchaseHistory.Build(lines, cutoff, categoryOf);
        return new TemporalSplit(train, TruthAfter(train, lines, cutoff, testEnd), NewOnly(train, TruthAfter(train, lines, cutoff, testEnd)));
    }

    /// <summary>Distinct training-known products each training shopper bought in [from, to).</summary>
    internal static Dictionary<int, HashSet<int>> TruthAfter(PurchaseHistory train, IEnumerable<PurchaseLine> lines, DateTime from, DateTime to)
    {
        var truth = new Dictionary<int, HashSet<int>>();
        foreach (var line in lines)
        {
            if (line.PlacedAt < from || line.PlacedAt >= to) continue;
            if (train.Shopper(line.CustomerId) is null || train.IndexOf(line.StockCode) is not { } item) continue;
            if (!truth.TryGetValue(line.CustomerId, out var set)) truth[line.CustomerId] = set = [];
            set.Add(item);
        }
        return truth;
    }

    internal static Dictionary<int, HashSet<int>> NewOnly(PurchaseHistory train, Dictionary<int, HashSet<int>> all)
    {
        var result = new Dictionary<int, HashSet<int>>();
        foreach (var (customer, items) in all)
        {
            var own = train.Shopper(customer)!.Items;
            var fresh = items.Where(i => !own.ContainsKey(i)).ToHashSet();
            if (fresh.Count > 0) result[customer] = fresh;
        }
        return result;
    }
}
