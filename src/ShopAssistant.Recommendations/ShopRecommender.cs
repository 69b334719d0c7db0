using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Recommendations.History;
using ShopAssistant.Recommendations.Lists;
using ShopAssistant.Recommendations.Ranking;

namespace ShopAssistant.Recommendations;

/// <summary>
/// The four lists over one history snapshot and the trained rankers. Buy-again and discover order the ranker's
/// candidates; bought-together reads the products most often in the same orders, then the co-purchase neighbours; popular (also the cold-start answer) is last
/// month's best sellers. Filters apply before the cut to k, so a filtered list is still k long when it can be.
/// </summary>
public sealed class ShopRecommender(Catalogue catalogue, ShopperRanker ranker) : IRecommender
{
    public const int MaxK = 50;

    private PurchaseHistory History => ranker.Signals.History;

    public IReadOnlyList<Recommendation> Recommend(RecommendationRequest request)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var k = Math.Clamp(request.K, 1, MaxK);
        var shopper = request.CustomerId is { } id ? History.Shopper(id) : null;
        var (list, result) = request.Kind switch
        {
            RecommendationKind.BuyAgain when shopper is not null => ("buy_again", BuyAgain(shopper, k, request.Filter)),
            RecommendationKind.Discover when shopper is not null => ("discover", Discover(shopper, k, request.Filter)),
            RecommendationKind.BoughtTogether => ("bought_together", BoughtTogether(request.StockCode, k, request.Filter)),
            RecommendationKind.Similar => ("similar", Similar(request.StockCode, k, request.Filter)),
            _ => ("popular", Popular(shopper, k, request.Filter, [])),
        };
        RecommenderTelemetry.Scored(list, started);
        return result;
    }

    private List<Recommendation> BuyAgain(ShopperProfile shopper, int k, RecommendationFilter? filter)
    {
        var result = new List<Recommendation>(k);
        foreach (var ranked in ranker.Rank(shopper, newOnly: false))
        {
            if (result.Count >= k) break;
            if (!shopper.Items.TryGetValue(ranked.Candidate.Item, out var own)) continue;
            if (Product(ranked.Candidate.Item) is not { } product || !filter.Accepts(product)) continue;
            result.Add(Make(product, ranked.Score, RecommendationReason.BoughtBefore(own.Orders)));
        }
        return result;
    }

    private List<Recommendation> Discover(ShopperProfile shopper, int k, RecommendationFilter? filter)
    {
        var result = new List<Recommendation>(k);
        var taken = new HashSet<int>();
        foreach (var ranked in ranker.Rank(shopper, newOnly: true))
        {
            if (result.Count >= k) break;
            if (Product(ranked.Candidate.Item) is not { } product || !filter.Accepts(product)) continue;
            var reason = ranked.Candidate.BestWith >= 0 && Product(ranked.Candidate.BestWith) is { } with
                ? RecommendationReason.GoesWithYours(with.Name)
                : RecommendationReason.PopularThisMonth(History.Products[ranked.Candidate.Item].BuyersLastMonth);
            result.Add(Make(product, ranked.Score, reason));
            taken.Add(ranked.Candidate.Item);
        }
        if (result.Count < k) result.AddRange(Popular(shopper, k - result.Count, filter, taken));
        return result;
    }

    private List<Recommendation> BoughtTogether(string? stockCode, int k, RecommendationFilter? filter)
    {
        var result = new List<Recommendation>(k);
        if (string.IsNullOrWhiteSpace(stockCode) || History.IndexOf(stockCode.Trim()) is not { } item) return result;
        var name = Product(item)?.Name ?? stockCode.Trim();
        var taken = new HashSet<int>();
        // Basket level first (bought in the same order), then shopper level (bought by the same people) to fill up.
        foreach (var neighbour in ranker.Signals.InBaskets.NeighboursOf(item).Concat(ranker.Signals.CoPurchase.NeighboursOf(item)))
        {
            if (result.Count >= k) break;
            if (!taken.Add(neighbour.Item)) continue;
            if (Product(neighbour.Item) is not { } product || !filter.Accepts(product)) continue;
            result.Add(Make(product, neighbour.Similarity, RecommendationReason.GoesWith(name)));
        }
        return result;
    }

    /// <summary>
    /// Products like one the shopper named: its shelf, ordered by how many shoppers bought both (the co-purchase cosine the
    /// ranker uses), then the shelf's products that share words of its name; never the product itself.
    /// </summary>
    private List<Recommendation> Similar(string? stockCode, int k, RecommendationFilter? filter)
    {
        var result = new List<Recommendation>(k);
        if (string.IsNullOrWhiteSpace(stockCode) || catalogue.Find(stockCode) is not { } named) return result;
        var like = (filter ?? new RecommendationFilter()) with { CategoryId = named.CategoryId, CategoryIds = [] };
        like = like with { ExcludedStockCodes = [.. like.ExcludedStockCodes, named.StockCode] };
        var reason = RecommendationReason.LikeThis(named.Name);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (History.IndexOf(named.StockCode) is { } item)
        {
            foreach (var neighbour in ranker.Signals.CoPurchase.NeighboursOf(item))
            {
                if (result.Count >= k) break;
                if (Product(neighbour.Item) is not { } product || !like.Accepts(product) || !taken.Add(product.StockCode)) continue;
                result.Add(Make(product, neighbour.Similarity, reason));
            }
        }
        var words = NameWords(named.Name);
        foreach (var product in catalogue.Products
            .Where(p => p.PriceRmb > 0 && like.Accepts(p) && !taken.Contains(p.StockCode))
            .Select(p => (Product: p, Shared: NameWords(p.Name).Count(words.Contains)))
            .Where(x => x.Shared > 0)
            .OrderByDescending(x => x.Shared).ThenByDescending(x => x.Product.Buyers).ThenBy(x => x.Product.StockCode, StringComparer.Ordinal)
            .Take(k - result.Count))
            result.Add(Make(product.Product, product.Shared, reason));
        return result;
    }

    private static HashSet<string> NameWords(string name) =>
        name.ToUpperInvariant().Split([' ', ',', '.', '/', '(', ')', '+', '&', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2).ToHashSet();

    private List<Recommendation> Popular(ShopperProfile? shopper, int k, RecommendationFilter? filter, HashSet<int> taken)
    {
        var result = new List<Recommendation>(k);
        foreach (var item in ranker.Signals.RecentPopular)
        {
            if (result.Count >= k) break;
            // A known shopper's "popular" list skips what they already own: it is meant to show something new.
            if (taken.Contains(item) || (shopper?.Items.ContainsKey(item) ?? false)) continue;
            if (Product(item) is not { } product || !filter.Accepts(product)) continue;
            var buyers = History.Products[item].BuyersLastMonth;
            result.Add(Make(product, buyers, RecommendationReason.PopularThisMonth(buyers)));
        }
        return result;
    }

    private Product? Product(int item) => catalogue.Find(History.Products[item].StockCode);

    private static Recommendation Make(Product product, double score, (string Zh, string En) reason) =>
        new(product.StockCode, product.Name, product.PriceRmb, product.CategoryId, score, reason.Zh, reason.En);
}
