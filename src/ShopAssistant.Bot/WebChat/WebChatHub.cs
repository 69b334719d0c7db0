using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Bot.Schema;
using ShopAssistant.Data;

namespace ShopAssistant.Bot.WebChat;

/// <summary>The shopper web chat's SignalR endpoint: start or resume a conversation, send a message, read back its history.</summary>
public sealed class WebChatHub(WebChatInbox inbox, ITranscriptLog transcripts, IDataProtectionProvider protection) : Hub
{
    public const string Path = "/hubs/webchat";
    public const int MaxMessageLength = 10_000;
    private const string SessionKey = "session";
    private readonly IDataProtector _protector = protection.CreateProtector("ShopAssistant.WebChat.Session");

    /// <summary>Resumes the conversation the token names, or starts a new one; returns the token to keep.</summary>
    public async Task<WebChatStart> Start(string? token, string? locale)
    {
        var resumed = WebChatSession.TryUnprotect(_protector, token);
        var session = resumed ?? WebChatSession.New();
        Context.Items[SessionKey] = session;
        await Groups.AddToGroupAsync(Context.ConnectionId, session.ConversationId);
        if (resumed is null) await inbox.OpenAsync(session.ConversationId, session.ShopperId, locale, Context.ConnectionAborted);
        return new WebChatStart(session.Protect(_protector), session.ConversationId, resumed is not null);
    }

    public async Task Send(string text, string? locale)
    {
        var session = Session();
        if (text is null || text.Length > MaxMessageLength)
            throw new HubException($"Messages can be at most {MaxMessageLength} characters. 消息最多 {MaxMessageLength} 个字符。");
        await inbox.SayAsync(session.ConversationId, session.ShopperId, text, locale, Context.ConnectionAborted);
    }

    public async Task ChooseProduct(string stockCode, string? locale)
    {
        var session = Session();
        if (string.IsNullOrWhiteSpace(stockCode) || stockCode.Length > 20) throw new HubException("Unknown product. 未知商品。");
        await inbox.ChooseProductAsync(session.ConversationId, session.ShopperId, stockCode, locale, Context.ConnectionAborted);
    }

    /// <summary>The conversation so far, as activities, so that a reload (or a server restart) shows everything.</summary>
    public async Task<IReadOnlyList<string>> History()
    {
        var entries = await transcripts.ReadAsync(Session().ConversationId, Context.ConnectionAborted);
        return entries.Where(e => e.Type == ActivityTypes.Message).Select(e => e.ActivityJson).ToList();
    }

    private WebChatSession Session() =>
        Context.Items.TryGetValue(SessionKey, out var value) && value is WebChatSession session
            ? session
            : throw new HubException("Please start the conversation first. 请先开始会话。");
}

public sealed record WebChatStart(string Token, string ConversationId, bool Resumed);
