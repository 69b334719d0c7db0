using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest.Serialization;
using ShopAssistant.Assistant;

namespace ShopAssistant.Bot;

/// <summary>
/// A shopper's turn played through at start, stored nowhere and sent nowhere: reading a posted activity, masking it for
/// the transcript, the assistant's answer in both languages, the reply activity and its JSON as the connector writes it.
/// Each of these pays first-run costs (JIT, serializer contracts) once per process, which after a restart fell on the
/// first shopper's turn (about a second of it, bench cold).
/// </summary>
public sealed class ReplyRehearsal(IShopAssistant assistant)
{
    private static readonly (string Text, string Locale)[] Lines = [("hello", "en-GB"), ("你好，运费怎么算？", "zh-CN")];

    /// <summary>The parts that need neither the intent model nor the index: run while those load.</summary>
    public static void WithoutAssistant()
    {
        foreach (var (text, locale) in Lines)
        {
            var (inbound, _) = BotMessagesEndpoint.Parse(
                $$"""{"type":"message","id":"rehearsal","channelId":"rehearsal","serviceUrl":"http://127.0.0.1/","from":{"id":"rehearsal"},"conversation":{"id":"rehearsal"},"locale":"{{locale}}","text":"{{text}}"}""");
            var reply = (Activity)MessageFactory.SuggestedActions(new[] { text }, text, null, null);
            reply.ChannelData = new { shopAssistant = new { intent = "greeting", confidence = 1.0, language = locale[..2] } };
            Rehearse(inbound!.Activity, reply);
        }
    }

    /// <param name="offline">Whether the assistant answers without a chat model: the rehearsal never calls one.</param>
    public async Task RunAsync(bool offline, CancellationToken ct)
    {
        foreach (var (text, locale) in Lines)
        {
            var reply = offline
                ? await assistant.ReplyAsync(new ShopperTurn("rehearsal", "rehearsal", text, locale) { Rehearsal = true }, new ConversationMemory(), ct)
                : assistant.Welcome(locale);
            Rehearse(null, ReplyActivities.From(reply));
        }
    }

    private static void Rehearse(Activity? inbound, Activity reply)
    {
        if (inbound is not null) MaskedActivity.Of(inbound);
        reply.Conversation = new ConversationAccount(id: "rehearsal");
        reply.From = new ChannelAccount("bot", role: RoleTypes.Bot);
        reply.ReplyToId = "rehearsal";
        MaskedActivity.Of(reply);
        // The connector's own JSON settings, as a reply is written on the wire; this client sends nothing.
        using var connector = new ConnectorClient(new Uri("http://127.0.0.1/"), MicrosoftAppCredentials.Empty);
        SafeJsonConvert.SerializeObject(reply, connector.SerializationSettings);
    }
}
