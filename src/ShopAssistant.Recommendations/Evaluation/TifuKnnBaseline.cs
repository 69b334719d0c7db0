using ShopAssistant.Recommendations.History;

namespace ShopAssistant.Recommendations.Evaluation;

/// <summary>TIFU-KNN's five hyper-parameters: group size m, within-group decay r_b, between-group decay r_g, k neighbours, alpha.</summary>
public sealed record TifuKnnSettings(int GroupSize, double WithinDecay, double BetweenDecay, int Neighbours, double Alpha)
{
    public override string ToString() =>
        FormattableString.Invariant($"m={GroupSize} rb={WithinDecay} rg={BetweenDecay} k={Neighbours} alpha={Alpha}");
}

/// <summary>
/// TIFU-KNN (Hu et al., SIGIR 2020): score = alpha · the shopper's decayed repeat vector + (1 − alpha) · the mean
/// of their k nearest shoppers' vectors. The first part is personal repeat buying with timing, the second brings
/// in what similar shoppers buy (the only source of products for "new").
/// </summary>
public sealed class TifuKnnBaseline : IRankingMethod
{
    private readonly PurchaseHistory _history;
    private readonly ShopperNeighbours _neighbours;
    private readonly int[] _popular;

    public TifuKnnBaseline(PurchaseHistory history, TifuKnnSettings settings, TifuKnnSettings? newSettings = null)
    {
        _history = history;
        Settings = settings;
        NewSettings = newSettings ?? settings;
        _neighbours = Neighbours(history, settings);
        _newNeighbours = NewSettings == settings ? _neighbours : Neighbours(history, NewSettings);
        _popular = PopularityBaseline.Order(history, p => p.Buyers, p => 0);
    }

    private readonly ShopperNeighbours _newNeighbours;

    public string Name => "tifuKnn";
    public TifuKnnSettings Settings { get; }

    /// <summary>Tuned separately for "new", where only the neighbours' part can score.</summary>
    public TifuKnnSettings NewSettings { get; }

    public IReadOnlyList<int> Rank(int customerId, int k, bool newOnly)
    {
        var (settings, neighbours) = newOnly ? (NewSettings, _newNeighbours) : (Settings, _neighbours);
        var scores = Scores(neighbours, customerId, settings.Neighbours, settings.Alpha, _history.Products.Count,
            neighbours.Nearest(customerId, settings.Neighbours));
        return ScoredRanking.Top(scores, k, newOnly ? _history.Shopper(customerId)?.Items : null, _history, _popular);
    }

    internal static ShopperNeighbours Neighbours(PurchaseHistory history, TifuKnnSettings s) =>
        new(new DecayedBasketVectors(s.GroupSize, s.WithinDecay, s.BetweenDecay).ForAll(history), history.Products.Count);

    internal static float[] Scores(ShopperNeighbours neighbours, int customerId, int k, double alpha, int products, IReadOnlyList<SparseVector> nearest)
    {
        var scores = ShopperNeighbours.Mean(nearest, k, products);
        for (var i = 0; i < scores.Length; i++) scores[i] *= (float)(1 - alpha);
        var own = neighbours.VectorOf(customerId);
        for (var j = 0; j < own.Items.Length; j++) scores[own.Items[j]] += (float)alpha * own.Weights[j];
        return scores;
    }
}
