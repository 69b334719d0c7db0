namespace ShopAssistant.Understanding.Mood;

/// <summary>
/// Reads the shopper's mood from the lexicon: one flag per H3 trigger family, and a negativity score that grows
/// with every hit (1 - Π(1 - weight)), with a little extra for shouting (!!!, CAPITALS).
/// </summary>
internal sealed class MoodDetector(MoodLexicon lexicon)
{
    private const double ShoutingWeight = 0.15;

    public ShopperMood Read(string originalText, string normalText)
    {
        if (normalText.Length == 0) return ShopperMood.Calm;
        var calm = 1.0;
        bool Hit(string family)
        {
            var f = lexicon[family];
            var hits = f.Terms.Find(normalText);
            foreach (var _ in hits) calm *= 1 - f.Weight;
            return hits.Count > 0;
        }

        var mood = new ShopperMood(0,
            Abusive: Hit("abuse"),
            ThreatensComplaint: Hit("complaintThreat"),
            Safety: Hit("safety"),
            Legal: Hit("legal"),
            AsksForHuman: Hit("asksForHuman"),
            SaysNotHelpful: Hit("notHelpful"))
        {
            ReportsStalledParcel = lexicon.Families.ContainsKey("stalledParcel") && Hit("stalledParcel"),
            ClaimsCompensation = lexicon.Families.ContainsKey("compensation") && Hit("compensation"),
        };
        var angryWords = lexicon["negative"].Terms.Find(normalText).Count;
        Hit("negative");
        if (lexicon.Families.ContainsKey("anger"))
        {
            angryWords += lexicon["anger"].Terms.Find(normalText).Count;
            Hit("anger");
        }
        if (IsShouting(originalText, normalText)) calm *= 1 - ShoutingWeight;
        return mood with { Negativity = Math.Round(1 - calm, 3), AngryWords = angryWords };
    }

    private static bool IsShouting(string original, string normal)
    {
        if (normal.Contains("!!", StringComparison.Ordinal) || normal.Contains("?!", StringComparison.Ordinal) || normal.Contains("!?", StringComparison.Ordinal))
            return true;
        var capped = original.Length > ShopperText.MaxLength ? original[..ShopperText.MaxLength] : original;
        var letters = capped.Count(ShopperText.IsLatinLetter);
        var upper = capped.Count(char.IsAsciiLetterUpper);
        return letters >= 12 && upper >= 0.8 * letters;
    }
}
