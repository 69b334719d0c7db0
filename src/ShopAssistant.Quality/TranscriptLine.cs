using ShopAssistant.Data;

namespace ShopAssistant.Quality;

/// <summary>One message or event of a transcript as the reviewer sees it: who spoke, what, and the bot's metadata.</summary>
public sealed record TranscriptLine(
    DateTimeOffset At,
    string Speaker,
    string Type,
    string? Text,
    string? Name,
    string? Intent,
    double? Confidence,
    int Sources,
    int Products,
    bool Handoff,
    string? HandoffReason,
    string? Agent)
{
    public const string Shopper = "shopper";
    public const string Bot = "bot";
    public const string AgentSpeaker = "agent";

    public bool IsMessage => Type == "message";
    public bool FromShop => Speaker != Shopper;

    /// <summary>Reads the stored activities; channelData.shopAssistant marks a bot reply, channelData.agent a person's.</summary>
    public static IReadOnlyList<TranscriptLine> From(IEnumerable<TranscriptEntry> entries) => entries.Select(Read).ToList();

    private static TranscriptLine Read(TranscriptEntry e)
    {
        var a = StoredActivity.Of(e);
        var speaker = e.Direction == TranscriptEntry.Inbound ? Shopper : a.Agent is not null ? AgentSpeaker : Bot;
        return new TranscriptLine(e.At, speaker, e.Type, e.Text, a.Name, a.Intent, a.Confidence, a.Sources, a.Products, a.Handoff, a.HandoffReason, a.Agent);
    }
}
