using ShopAssistant.Recommendations.History;

namespace ShopAssistant.Recommendations.Ranking;

/// <summary>A candidate with the ranker's score.</summary>
public readonly record struct RankedCandidate(Candidate Candidate, float Score);

/// <summary>Candidates → features → ranker score, best first. The one path both the lists and the eval use.</summary>
public sealed class ShopperRanker(PurchaseSignals signals, RankerModels models)
{
    private readonly CandidateGenerator _candidates = new(signals);

    public PurchaseSignals Signals => signals;

    public IReadOnlyList<RankedCandidate> Rank(ShopperProfile shopper, bool newOnly)
    {
        var candidates = _candidates.For(shopper, newOnly);
        var features = new float[candidates.Count][];
        for (var i = 0; i < candidates.Count; i++) features[i] = RankerFeatures.For(signals.History, shopper, candidates[i]);
        var scores = (newOnly ? models.Discover : models.BuyAgain).Score(features);
        var ranked = new RankedCandidate[candidates.Count];
        for (var i = 0; i < ranked.Length; i++) ranked[i] = new RankedCandidate(candidates[i], scores[i]);
        Array.Sort(ranked, (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Candidate.Item.CompareTo(b.Candidate.Item));
        return ranked;
    }
}
