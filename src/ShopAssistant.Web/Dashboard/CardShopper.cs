using System.Text.Json;
using ShopAssistant.Bot.WebChat;
using ShopAssistant.Data;

namespace ShopAssistant.Web.Dashboard;

/// <summary>
/// A simulated shopper looking at the recommendation cards the bot just showed them: having asked for suggestions they
/// open the one that caught their eye, each other card with <see cref="OpenChance"/>, and put an opened product in
/// the cart with <see cref="CartChance"/>. It reads
/// the cards from the event log (what the bot logged as shown), so it acts only on lists that were really shown.
/// </summary>
internal sealed class CardShopper(IEventLog events, WebChatInbox inbox, Random random)
{
    public const double OpenChance = 0.2;
    public const double CartChance = 0.3;

    private long _lastEventId;

    public int ListsShown { get; private set; }
    public int Clicks { get; private set; }
    public int AddedToCart { get; private set; }

    /// <summary>Start reading after what is already in the log (an earlier run's lists are not this run's).</summary>
    public async Task SkipPastEventsAsync()
    {
        while (await events.ReadAfterAsync(_lastEventId, 1000) is { Count: > 0 } page) _lastEventId = page[^1].Id;
    }

    public async Task ActOnCardsAsync(string conversationId, string shopperId, string? locale)
    {
        var shown = new List<string[]>();
        while (await events.ReadAfterAsync(_lastEventId, 1000) is { Count: > 0 } page)
        {
            _lastEventId = page[^1].Id;
            foreach (var logged in page)
            {
                var e = logged.Event;
                if (e.Kind == ShopEventKinds.RecommendationShown && e.ConversationId == conversationId && StockCodes(e.DataJson) is { Length: > 0 } codes)
                    shown.Add(codes);
            }
        }
        foreach (var codes in shown)
        {
            ListsShown++;
            var caughtTheEye = random.Next(codes.Length);
            for (var i = 0; i < codes.Length; i++)
            {
                var code = codes[i];
                if (i != caughtTheEye && random.NextDouble() >= OpenChance) continue;
                await inbox.ChooseProductAsync(conversationId, shopperId, null, code, locale, CancellationToken.None);
                Clicks++;
                if (random.NextDouble() >= CartChance) continue;
                await inbox.AddToCartAsync(conversationId, shopperId, null, code, locale, CancellationToken.None);
                AddedToCart++;
            }
        }
    }

    private static string[]? StockCodes(string? json)
    {
        if (json is null) return null;
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("stockCodes", out var codes) && codes.ValueKind == JsonValueKind.Array
            ? codes.EnumerateArray().Select(c => c.GetString()).OfType<string>().ToArray()
            : null;
    }
}
