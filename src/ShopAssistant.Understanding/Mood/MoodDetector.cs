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
        // Families added after the first lexicon (stalledParcel, compensation, anger, failedAgain) may be missing from an older file.
        int Hits(string family, bool required = true)
        {
            if (!required && !lexicon.Families.ContainsKey(family)) return 0;
            var f = lexicon[family];
            var count = f.Terms.Find(normalText).Count;
            for (var i = 0; i < count; i++) calm *= 1 - f.Weight;
            return count;
        }
        bool Hit(string family, bool required = true) => Hits(family, required) > 0;

        var mood = new ShopperMood(0,
            Abusive: Hit("abuse"),
            ThreatensComplaint: Hit("complaintThreat"),
            Safety: Hit("safety"),
            Legal: Hit("legal"),
            AsksForHuman: Hit("asksForHuman"),
            SaysNotHelpful: Hit("notHelpful"))
        {
            ReportsStalledParcel = Hit("stalledParcel", required: false),
            ClaimsCompensation = Hit("compensation", required: false),
            SaysFailedAgain = Hit("failedAgain", required: false),
        };
        var angryWords = Hits("negative") + Hits("anger", required: false);
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
