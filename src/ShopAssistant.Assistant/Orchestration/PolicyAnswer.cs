namespace ShopAssistant.Assistant.Orchestration;

/// <summary>What a policy decided to say this turn. Unsure answers count towards H3.3's two failures in a row.</summary>
internal sealed record PolicyAnswer(string Text, string Intent, double Confidence, IReadOnlyList<string> Actions)
{
    public bool Unsure { get; init; }

    /// <summary>A clarifying question neither solves nor fails: the failure counter is left as it is.</summary>
    public bool Clarifying { get; init; }

    /// <summary>Why this answer needs a person (a script that promises one, a stalled parcel, the model asking for one).</summary>
    public string? HandoffReason { get; init; }
}
