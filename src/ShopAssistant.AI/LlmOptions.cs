using Microsoft.Extensions.Configuration;

namespace ShopAssistant.AI;

/// <summary>
/// ShopAssistant:Llm:Endpoint (an OpenAI-compatible base URL such as https://api.openai.com/v1), ApiKey, Model and
/// TimeoutSeconds (JudgeTimeoutSeconds for the service-flow judge). Without an endpoint the offline policy answers every turn.
/// </summary>
public sealed record LlmOptions
{
    public const string Section = "ShopAssistant:Llm";

    public Uri? Endpoint { get; init; }
    public string? ApiKey { get; init; }
    public string Model { get; init; } = "gpt-4o-mini";

    /// <summary>The whole model turn (all tool round trips) must finish within this, or the offline answer is sent.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// Judging a whole conversation against the service-flow rubric writes more than a shopper's answer, and a manager
    /// (not a shopper) waits for it; past this the rule-based scorecard is shown.
    /// </summary>
    public TimeSpan JudgeTimeout { get; init; } = TimeSpan.FromSeconds(20);

    public string PromptsDirectory { get; init; } = Path.Combine(AppContext.BaseDirectory, "prompts");

    public bool Enabled => Endpoint is not null;

    public static LlmOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var defaults = new LlmOptions();
        return new LlmOptions
        {
            Endpoint = section["Endpoint"] is { Length: > 0 } url
                ? Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) ? uri : throw new FormatException($"{Section}:Endpoint is not an absolute URL: '{url}'")
                : null,
            ApiKey = section["ApiKey"] is { Length: > 0 } key ? key : null,
            Model = section["Model"] is { Length: > 0 } model ? model : defaults.Model,
            Timeout = double.TryParse(section["TimeoutSeconds"], System.Globalization.CultureInfo.InvariantCulture, out var s) && s > 0 ? TimeSpan.FromSeconds(s) : defaults.Timeout,
            JudgeTimeout = double.TryParse(section["JudgeTimeoutSeconds"], System.Globalization.CultureInfo.InvariantCulture, out var j) && j > 0 ? TimeSpan.FromSeconds(j) : defaults.JudgeTimeout,
            PromptsDirectory = section["PromptsDirectory"] is { Length: > 0 } p ? Path.GetFullPath(p) : defaults.PromptsDirectory,
        };
    }
}
