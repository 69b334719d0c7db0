using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using ShopAssistant.Bot.Trust;
using ShopAssistant.Data;

namespace ShopAssistant.Bot.WebChat;

/// <summary>
/// The shopper web chat's SignalR endpoint: start or resume a conversation (as a guest, or as the customer of a
/// shopper token the shop's site passed to the page), send a message, read back its history.
/// </summary>
public sealed class WebChatHub(WebChatInbox inbox, ITranscriptLog transcripts, IDataProtectionProvider protection, ShopperTokens tokens, ITrafficLimits limits) : Hub
{
    public const string Path = "/hubs/webchat";
    public const int MaxMessageLength = 10_000;
    private const string SessionKey = "session";
    private readonly IDataProtector _protector = protection.CreateProtector(WebChatSession.Purpose);

    /// <summary>Resumes the conversation the token names, or starts a new one, as a guest; returns the token to keep.</summary>
    public Task<WebChatStart> Start(string? token, string? locale) => StartAs(token, locale, null);

    /// <summary>
    /// As Start, for the shopper whose token (a JWT) the shop's site gave the page. A session is resumed
    /// only for the same shopper: a guest session never becomes a customer's, nor one customer's another's. An invalid or
    /// expired shopper token chats as a guest.
    /// </summary>
    public async Task<WebChatStart> StartAs(string? token, string? locale, string? shopperToken)
    {
        var check = await tokens.CheckAsync(shopperToken);
        var customerId = check.Valid ? check.CustomerId : null;
        var resumed = WebChatSession.TryUnprotect(_protector, token) is { } previous && previous.CustomerId == customerId ? previous : null;
        if (resumed is null && !(await limits.TryAcquireAsync(TrafficLimit.NewConversations, ClientKey())).Allowed)
            throw new HubException(TrafficTexts.TooManyConversations(TrafficTexts.Language(locale)));
        var session = resumed ?? WebChatSession.New(customerId);
        Context.Items[SessionKey] = session;
        await Groups.AddToGroupAsync(Context.ConnectionId, session.ConversationId);
        if (resumed is null) await inbox.OpenAsync(session.ConversationId, session.ShopperId, Identity(session), locale, Context.ConnectionAborted);
        return new WebChatStart(session.Protect(_protector), session.ConversationId, resumed is not null, session.CustomerId is not null);
    }

    public async Task Send(string text, string? locale)
    {
        var session = Session();
        if (text is null || text.Length > MaxMessageLength)
            throw new HubException($"Messages can be at most {MaxMessageLength} characters. 消息最多 {MaxMessageLength} 个字符。");
        if (await SlowedDownAsync(session, locale)) return;
        await inbox.SayAsync(session.ConversationId, session.ShopperId, Identity(session), text, locale, Context.ConnectionAborted);
    }

    public async Task ChooseProduct(string stockCode, string? locale)
    {
        var session = Session();
        if (string.IsNullOrWhiteSpace(stockCode) || stockCode.Length > 20) throw new HubException("Unknown product. 未知商品。");
        if (await SlowedDownAsync(session, locale)) return;
        await inbox.ChooseProductAsync(session.ConversationId, session.ShopperId, Identity(session), stockCode, locale, Context.ConnectionAborted);
    }

    public async Task AddToCart(string stockCode, string? locale)
    {
        var session = Session();
        if (string.IsNullOrWhiteSpace(stockCode) || stockCode.Length > 20) throw new HubException("Unknown product. 未知商品。");
        if (await SlowedDownAsync(session, locale)) return;
        await inbox.AddToCartAsync(session.ConversationId, session.ShopperId, Identity(session), stockCode, locale, Context.ConnectionAborted);
    }

    /// <summary>The conversation so far, as activities, so that a reload (or a server restart) shows everything.</summary>
    public async Task<IReadOnlyList<string>> History()
    {
        var entries = await transcripts.ReadAsync(Session().ConversationId, Context.ConnectionAborted);
        return entries.Where(e => e.Type == ActivityTypes.Message).Select(e => e.ActivityJson).ToList();
    }

    /// <summary>The shopper ended the conversation: this page stops receiving it (its transcript stays, readable below).</summary>
    public async Task End()
    {
        var session = Session();
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, session.ConversationId, Context.ConnectionAborted);
        Context.Items.Remove(SessionKey);
    }

    /// <summary>
    /// An ended conversation, read-only, for the page that kept its token: nothing is resumed or joined. As with
    /// StartAs, a guest's conversation is shown only to a guest and a customer's only to the same customer.
    /// </summary>
    public async Task<IReadOnlyList<string>> PastConversation(string? token, string? shopperToken)
    {
        var check = await tokens.CheckAsync(shopperToken);
        var customerId = check.Valid ? check.CustomerId : null;
        if (WebChatSession.TryUnprotect(_protector, token) is not { } past || past.CustomerId != customerId)
            throw new HubException("This conversation cannot be shown. 无法显示这段会话。");
        var entries = await transcripts.ReadAsync(past.ConversationId, Context.ConnectionAborted);
        return entries.Where(e => e.Type == ActivityTypes.Message).Select(e => e.ActivityJson).ToList();
    }

    /// <summary>
    /// Over the per-conversation limit the message is not processed and only this browser is asked, politely, to slow
    /// down; the notice is not part of the conversation, so it is neither stored nor counted.
    /// </summary>
    private async Task<bool> SlowedDownAsync(WebChatSession session, string? locale)
    {
        if ((await limits.TryAcquireAsync(TrafficLimit.ConversationMessages, session.ConversationId)).Allowed) return false;
        var notice = MessageFactory.Text(TrafficTexts.SlowDown(TrafficTexts.Language(locale)));
        notice.Id = Guid.NewGuid().ToString("N");
        notice.Timestamp = DateTimeOffset.UtcNow;
        notice.From = new ChannelAccount("shopassistant", "ShopAssistant", RoleTypes.Bot);
        notice.Conversation = new ConversationAccount(id: session.ConversationId);
        notice.ChannelData = new Newtonsoft.Json.Linq.JObject { ["shopAssistant"] = new Newtonsoft.Json.Linq.JObject { ["throttled"] = true } };
        await Clients.Caller.SendAsync(WebChatAdapter.ClientMethod, JsonConvert.SerializeObject(notice, BotJson.Settings), Context.ConnectionAborted);
        return true;
    }

    /// <summary>Limits per client address are for the web chat only: there the address is the shopper's own.</summary>
    private string ClientKey() => "web:" + (Context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private ShopperIdentity Identity(WebChatSession session) => new(session.CustomerId, ClientKey());

    private WebChatSession Session() =>
        Context.Items.TryGetValue(SessionKey, out var value) && value is WebChatSession session
            ? session
            : throw new HubException("Please start the conversation first. 请先开始会话。");
}

public sealed record WebChatStart(string Token, string ConversationId, bool Resumed, bool SignedIn = false);
