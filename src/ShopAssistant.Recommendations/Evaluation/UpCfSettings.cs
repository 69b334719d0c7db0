namespace ShopAssistant.Recommendations.Evaluation;

/// <summary>UP-CF@r's hyper-parameters: r recent baskets (0 = all), asymmetry alpha of the cosine, locality q.</summary>
public sealed record UpCfSettings(int RecentBaskets, double Asymmetry, double Locality)
{
    public override string ToString() =>
        FormattableString.Invariant($"r={(RecentBaskets == 0 ? "all" : RecentBaskets.ToString())} alpha={Asymmetry} q={Locality}");
}
