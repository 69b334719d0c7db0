using ShopAssistant.AI;
using Xunit;

namespace ShopAssistant.Testing;

/// <summary>Runs only when SHOPASSISTANT_LLM_ENDPOINT names a real OpenAI-compatible endpoint (with _APIKEY and _MODEL).</summary>
public sealed class LiveModelFactAttribute : FactAttribute
{
    public const string EndpointVariable = "SHOPASSISTANT_LLM_ENDPOINT";

    public LiveModelFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EndpointVariable)))
            Skip = $"{EndpointVariable} is not set";
    }
}

/// <summary>The live endpoint's settings, with a patient timeout: a real model is slower than the scripted one.</summary>
public static class LiveModel
{
    public static LlmOptions Options(TimeSpan timeout) => new()
    {
        Endpoint = new Uri(Environment.GetEnvironmentVariable(LiveModelFactAttribute.EndpointVariable)!),
        ApiKey = Environment.GetEnvironmentVariable("SHOPASSISTANT_LLM_APIKEY"),
        Model = Environment.GetEnvironmentVariable("SHOPASSISTANT_LLM_MODEL") ?? "gpt-4o-mini",
        TimeoutSeconds = timeout.TotalSeconds,
        JudgeTimeoutSeconds = timeout.TotalSeconds,
    };
}
