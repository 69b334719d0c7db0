using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ShopAssistant.Web.Tests;

/// <summary>Builds Bot Framework activities as a channel would send them.</summary>
public static class Activities
{
    /// <summary>A channel's activity; with a shopper token (channelData.shopperToken) the shopper is that signed-in customer.</summary>
    public static JsonObject Message(string serviceUrl, string conversationId, string fromId, string text, string type = "message", string? shopperToken = null)
    {
        var activity = Build(serviceUrl, conversationId, fromId, text, type);
        if (shopperToken is not null) activity["channelData"] = new JsonObject { ["shopperToken"] = shopperToken };
        return activity;
    }

    private static JsonObject Build(string serviceUrl, string conversationId, string fromId, string text, string type) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "test-channel",
        ["serviceUrl"] = serviceUrl,
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["from"] = new JsonObject { ["id"] = fromId, ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "shopassistant", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["text"] = text,
    };

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, JsonObject activity) =>
        client.PostAsJsonAsync("/api/messages", activity);

    public static JsonObject Metadata(this JsonObject reply) => reply["channelData"]!["shopAssistant"]!.AsObject();
}
