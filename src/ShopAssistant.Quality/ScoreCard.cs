namespace ShopAssistant.Quality;

/// <summary>One step of the service flow (handbook §8) with the points it earned and why.</summary>
public sealed record StepScore(string Step, int Points, int Max, string Reason);

/// <summary>A forbidden behaviour found in what the shop said, with the sentence that shows it.</summary>
public sealed record FlowFlag(string Rule, string Evidence);

/// <summary>
/// A conversation's service-flow score (handbook Q6): five steps of 20 points, less 25 per forbidden behaviour, within
/// 0–100. Judge says who scored it — the language model with the rubric of prompts/scorecard.yaml, or the rules — so
/// that a manager knows how far to trust the reasons.
/// </summary>
public sealed record ScoreCard(int Total, IReadOnlyList<StepScore> Steps, IReadOnlyList<FlowFlag> Flags, string Judge = ScoreCard.Rules)
{
    public const string Rules = "rules";
    public const string Model = "model";
}
