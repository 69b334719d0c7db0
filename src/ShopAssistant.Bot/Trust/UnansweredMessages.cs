using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using ShopAssistant.Bot.Handoffs;
using ShopAssistant.Data;

namespace ShopAssistant.Bot.Trust;

/// <summary>
/// At start: a shopper message that was stored but never answered because the process died mid-turn (the last entry
/// of its conversation, within the last few minutes) gets a reply through its stored conversation reference, asking
/// the shopper to send it again. Older ones are left alone: a reply an hour late would only confuse. Conversations
/// with a person on them are skipped: there the agent answers.
/// </summary>
public sealed class UnansweredMessages(
    ITranscriptLog transcripts, IHandoffStore handoffs, IShopperChannels channels, IOptions<RecoveryOptions> options, TimeProvider clock,
    ILogger<UnansweredMessages> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await AnswerAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not look for messages left unanswered by the last run");
        }
    }

    public async Task<int> AnswerAsync(CancellationToken ct)
    {
        var window = TimeSpan.FromMinutes(options.Value.WindowMinutes);
        var answered = 0;
        foreach (var entry in await transcripts.UnansweredAsync(clock.GetUtcNow() - window, ct))
        {
            if (await handoffs.FindOpenAsync(entry.ConversationId, ct) is not null) continue;
            var inbound = JsonConvert.DeserializeObject<Activity>(entry.ActivityJson);
            if (inbound?.Conversation?.Id is null || inbound.ServiceUrl is null) continue;
            try
            {
                await channels.ContinueAsync(inbound.GetConversationReference(),
                    (context, token) => context.SendActivityAsync(MessageFactory.Text(TrafficTexts.PleaseResend(entry.Text)), token), ct);
                answered++;
                logger.LogInformation("Asked the shopper in {Conversation} to resend a message left unanswered by the last run", entry.ConversationId);
            }
            catch (Exception e) when (e is HttpRequestException or Microsoft.Rest.HttpOperationException or InvalidOperationException)
            {
                logger.LogWarning(e, "Could not reach conversation {Conversation} about its unanswered message", entry.ConversationId);
            }
        }
        return answered;
    }
}
