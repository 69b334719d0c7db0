using Microsoft.AspNetCore.DataProtection;

namespace ShopAssistant.Bot.WebChat;

/// <summary>
/// Who a web chat connection is: a conversation and the guest shopper in it. The browser keeps a token the
/// server signed, so that a reload resumes the same conversation and nobody can join someone else's by guessing an id.
/// </summary>
public sealed record WebChatSession(string ConversationId, string ShopperId)
{
    public static WebChatSession New() => new("web-" + Guid.NewGuid().ToString("N"), "guest-" + Guid.NewGuid().ToString("N"));

    public string Protect(IDataProtector protector) => protector.Protect(ConversationId + "|" + ShopperId);

    public static WebChatSession? TryUnprotect(IDataProtector protector, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024) return null;
        try
        {
            var parts = protector.Unprotect(token).Split('|');
            return parts.Length == 2 ? new WebChatSession(parts[0], parts[1]) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
