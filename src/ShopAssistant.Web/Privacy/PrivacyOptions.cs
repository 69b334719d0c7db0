using System.ComponentModel.DataAnnotations;

namespace ShopAssistant.Web.Privacy;

/// <summary>ShopAssistant:Privacy — how long shoppers' transcripts are kept.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "ShopAssistant:Privacy";

    /// <summary>Transcript entries older than this many days are deleted once a day; 0 keeps them for ever.</summary>
    [Range(0, 100 * 365)]
    public int TranscriptRetentionDays { get; set; } = 180;
}
