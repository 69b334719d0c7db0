using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace ShopAssistant.Bot.WebChat;

/// <summary>
/// Who a web chat connection is: a conversation, the shopper in it and, when the shop's site passed a valid shopper
/// token, the verified customer id. The browser keeps a token the server signed, so that a reload resumes the same
/// conversation and nobody can join someone else's, or become a customer, by guessing an id.
/// </summary>
public sealed record WebChatSession(string ConversationId, string ShopperId, int? CustomerId = null)
{
    /// <summary>The data-protection purpose of the token the page keeps (the hub's and the photo endpoints' one protector).</summary>
    public const string Purpose = "ShopAssistant.WebChat.Session";

    public static WebChatSession New(int? customerId = null) =>
        new("web-" + Guid.NewGuid().ToString("N"), "guest-" + Guid.NewGuid().ToString("N"), customerId);

    public string Protect(IDataProtector protector) =>
        protector.Protect(ConversationId + "|" + ShopperId + "|" + CustomerId?.ToString(CultureInfo.InvariantCulture));

    public static WebChatSession? TryUnprotect(IDataProtector protector, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024) return null;
        try
        {
            var parts = protector.Unprotect(token).Split('|');
            return parts switch
            {
                // Sessions signed before sign-in existed are guests.
                [var conversation, var shopper] => new WebChatSession(conversation, shopper),
                [var conversation, var shopper, ""] => new WebChatSession(conversation, shopper),
                [var conversation, var shopper, var customer] when int.TryParse(customer, NumberStyles.None, CultureInfo.InvariantCulture, out var id) =>
                    new WebChatSession(conversation, shopper, id),
                _ => null,
            };
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
