using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ShopAssistant.Bot.Trust;

namespace ShopAssistant.Bot.WebChat;

/// <summary>
/// The way into the web chat for a shopper's browser (through <see cref="WebChatHub"/>) and for the simulate verb: the
/// same activities, through the same adapter, middleware and bot. Its signatures name no Bot Framework type, so the host
/// can call it without compiling against the Bot Framework. The identity is what the hub verified (signed session,
/// shopper token, client address); without one the shopper is a guest.
/// </summary>
public sealed class WebChatInbox(WebChatAdapter adapter, IBot bot, TimeProvider clock)
{
    /// <summary>The shopper opened the chat: the bot greets them once.</summary>
    public Task OpenAsync(string conversationId, string shopperId, string? locale, CancellationToken ct) =>
        OpenAsync(conversationId, shopperId, null, locale, ct);

    public Task OpenAsync(string conversationId, string shopperId, ShopperIdentity? identity, string? locale, CancellationToken ct)
    {
        var update = NewActivity(conversationId, shopperId, ActivityTypes.ConversationUpdate, locale);
        update.MembersAdded = [update.From];
        return adapter.ProcessAsync(update, bot, identity, ct);
    }

    public Task SayAsync(string conversationId, string shopperId, string text, string? locale, CancellationToken ct) =>
        SayAsync(conversationId, shopperId, null, text, locale, ct);

    public Task SayAsync(string conversationId, string shopperId, ShopperIdentity? identity, string text, string? locale, CancellationToken ct)
    {
        var message = NewActivity(conversationId, shopperId, ActivityTypes.Message, locale);
        message.Text = text;
        return adapter.ProcessAsync(message, bot, identity, ct);
    }

    /// <summary>
    /// Photos the page uploaded and the shop kept: an ordinary message with one attachment per photo (and the shopper's
    /// words, if any), through the same adapter and bot, so that the transcript, the event log and a handoff see them.
    /// </summary>
    public Task SendPhotosAsync(string conversationId, string shopperId, ShopperIdentity? identity, IReadOnlyList<Data.PhotoInfo> photos, string? text, string? locale, CancellationToken ct)
    {
        var message = NewActivity(conversationId, shopperId, ActivityTypes.Message, locale);
        message.Text = string.IsNullOrWhiteSpace(text) ? null : text;
        message.Attachments = photos.Select(Photos.PhotoAttachments.For).ToList();
        return adapter.ProcessAsync(message, bot, identity, ct);
    }

    /// <summary>A click on a product card's button: the same message a Bot Framework channel sends for a postBack.</summary>
    public Task ChooseProductAsync(string conversationId, string shopperId, ShopperIdentity? identity, string stockCode, string? locale, CancellationToken ct)
    {
        var message = NewActivity(conversationId, shopperId, ActivityTypes.Message, locale);
        message.Value = ProductCards.Value(ProductCards.ClickAction, stockCode);
        return adapter.ProcessAsync(message, bot, identity, ct);
    }

    /// <summary>"Add to cart" on a product card: the same postBack a Bot Framework channel sends.</summary>
    public Task AddToCartAsync(string conversationId, string shopperId, ShopperIdentity? identity, string stockCode, string? locale, CancellationToken ct)
    {
        var message = NewActivity(conversationId, shopperId, ActivityTypes.Message, locale);
        message.Value = ProductCards.Value(ProductCards.AddToCartAction, stockCode);
        return adapter.ProcessAsync(message, bot, identity, ct);
    }

    private Activity NewActivity(string conversationId, string shopperId, string type, string? locale) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = WebChatAdapter.ChannelId,
        ServiceUrl = "urn:shopassistant:webchat",
        Timestamp = clock.GetUtcNow(),
        Locale = locale is { Length: <= 16 } ? locale : null,
        From = new ChannelAccount(shopperId, role: RoleTypes.User),
        Recipient = new ChannelAccount("shopassistant", "ShopAssistant", RoleTypes.Bot),
        Conversation = new ConversationAccount(id: conversationId),
    };
}
