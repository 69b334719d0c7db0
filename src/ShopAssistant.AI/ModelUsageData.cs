using System.Text.Json;

namespace ShopAssistant.AI;

/// <summary>
/// The data of a model_usage event, written by the bot layer and read by the dashboard and the daily budget: one shape
/// in one place. {"purpose":"answer","model":"…","inputTokens":120,"outputTokens":30}
/// </summary>
public static class ModelUsageData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(ModelUsageRecord record) =>
        JsonSerializer.Serialize(new UsageData(record.Purpose, record.Model, record.InputTokens, record.OutputTokens), Json);

    /// <summary>The tokens of a model_usage event's data, or null when it cannot be read.</summary>
    public static ModelUsage? Read(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<UsageData>(json, Json) is { } data ? new ModelUsage(data.InputTokens, data.OutputTokens) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record UsageData(string? Purpose, string? Model, long InputTokens, long OutputTokens);
}
