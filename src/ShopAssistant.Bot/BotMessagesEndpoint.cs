using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ShopAssistant.Bot.Photos;
using ShopAssistant.Bot.Trust;
using ShopAssistant.Data;

namespace ShopAssistant.Bot;

/// <summary>
/// POST /api/messages. Everything a stranger controls is checked before CloudAdapter or the bot sees it, each with
/// its own clear answer: the activity's shape (400), where replies would go (401 unless allowed), the shopper token
/// (401), whose conversation it is (403) and how fast it comes (429 with Retry-After, which channels honour).
/// </summary>
internal static partial class BotMessagesEndpoint
{
    /// <summary>An activity without photos; each photo a message may carry (base64 in a data: URI) adds its own allowance.</summary>
    public const long MaxBodyBytes = 512 * 1024;

    public static long MaxBodyBytesWith(PhotoOptions photos) => MaxBodyBytes + photos.MaxPerMessage * ((photos.MaxBytes + 2L) / 3 * 4 + 1024);
    public const int MaxTextLength = WebChat.WebChatHub.MaxMessageLength;

    public static async Task HandleAsync(HttpContext http, ShopCloudAdapter adapter, IBot bot)
    {
        var services = http.RequestServices;
        var intake = services.GetRequiredService<PhotoIntake>();
        var maxBytes = MaxBodyBytesWith(intake.Options);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = maxBytes;
        var (inbound, problem) = await ReadAsync(http.Request, maxBytes);
        if (inbound is null)
        {
            await Problem(http, StatusCodes.Status400BadRequest, "Invalid activity", problem!);
            return;
        }

        var serviceUrls = services.GetRequiredService<ServiceUrls>();
        if (serviceUrls.ChannelAuthentication)
        {
            // Authenticate before anything is stored, so that a stranger cannot claim a conversation for itself.
            try
            {
                await services.GetRequiredService<BotFrameworkAuthentication>().AuthenticateRequestAsync(
                    inbound.Activity, http.Request.Headers.Authorization.ToString(), http.RequestAborted);
            }
            catch (UnauthorizedAccessException)
            {
                await Problem(http, StatusCodes.Status401Unauthorized, "Not authenticated", "The request does not carry a valid Bot Framework token.");
                return;
            }
        }
        else if (!serviceUrls.IsAllowed(inbound.Activity.ServiceUrl))
        {
            await Problem(http, StatusCodes.Status401Unauthorized, "Service URL not allowed",
                $"Without channel authentication this bot replies only to the service URLs in {ServiceUrls.Setting}.");
            return;
        }

        var check = await services.GetRequiredService<ShopperTokens>().CheckAsync(inbound.ShopperToken);
        if (!check.Valid)
        {
            await Problem(http, StatusCodes.Status401Unauthorized, "Invalid shopper token", check.Problem!);
            return;
        }

        // Photos are checked before anything is stored (a refused photo changes nothing), and kept after the owner check.
        var (photos, refusal) = InboundPhotos.Read(inbound.Body, intake);
        if (refusal is { } refused)
        {
            await RefuseAsync(http, refused, inbound.Activity.Locale, intake.Options);
            return;
        }

        // The sender's own budget first (it costs a stranger nothing against the owner), the conversation's after the owner check.
        var limits = services.GetRequiredService<ITrafficLimits>();
        if (await TooManyAsync(http, await limits.TryAcquireAsync(TrafficLimit.ShopperMessages, ConversationKeys.ChannelUser(inbound.Activity.ChannelId, inbound.Activity.From.Id)))) return;

        var key = ConversationKeys.Of(inbound.Activity);
        var clock = services.GetRequiredService<TimeProvider>();
        var owner = await services.GetRequiredService<IConversationOwners>().ClaimAsync(
            new ConversationOwner(key, inbound.Activity.ChannelId, inbound.Activity.From.Id, check.CustomerId), clock.GetUtcNow(), http.RequestAborted);
        if (owner.ShopperId != inbound.Activity.From.Id || owner.CustomerId != check.CustomerId)
        {
            await Problem(http, StatusCodes.Status403Forbidden, "Not your conversation",
                "This conversation belongs to another shopper. Start a new conversation (a new conversation.id).");
            return;
        }

        if (await TooManyAsync(http, await limits.TryAcquireAsync(TrafficLimit.ConversationMessages, key))) return;

        var activity = inbound.Activity;
        if (photos.Count > 0)
        {
            var kept = await intake.AcceptAsync(key, inbound.Activity.From.Id, photos.Select(p => p.Bytes).ToList(), inbound.Activity.Id, http.RequestAborted);
            if (kept.Refusal is { } full)
            {
                await RefuseAsync(http, full, inbound.Activity.Locale, intake.Options);
                return;
            }
            // The bot, the transcript and the console see the shop's links to the kept photos, never the inline images.
            InboundPhotos.Replace(inbound.Body, photos, kept.Photos);
            activity = inbound.Body.ToObject<Activity>(BotJson.Serializer)!;
        }
        await ProcessAsync(http, adapter, activity, bot);
    }

    /// <summary>
    /// What CloudAdapter.ProcessAsync does after reading the body, on the activity already read and checked here (it
    /// would read and parse the body a second time): authenticate (when configured), run the turn, answer with the
    /// invoke response if the turn made one, else 200.
    /// </summary>
    private static async Task ProcessAsync(HttpContext http, ShopCloudAdapter adapter, Activity activity, IBot bot)
    {
        InvokeResponse? invoke;
        try
        {
            invoke = await adapter.ProcessReadActivityAsync(http.Request.Headers.Authorization.ToString(), activity, bot, http.RequestAborted);
        }
        catch (UnauthorizedAccessException)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        http.Response.StatusCode = invoke?.Status ?? StatusCodes.Status200OK;
        if (invoke?.Body is { } body)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(JsonConvert.SerializeObject(body, BotJson.Settings), http.RequestAborted);
        }
    }

    private static async Task<bool> TooManyAsync(HttpContext http, TrafficDecision decision)
    {
        if (decision.Allowed) return false;
        var seconds = Math.Max(1, (int)Math.Ceiling(decision.RetryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Problem(http, StatusCodes.Status429TooManyRequests, "Too many messages",
            $"Please slow down: too many messages a minute. Retry after {seconds} s. 消息太频繁，请稍后再发。");
        return true;
    }

    /// <summary>A refused photo: 400, with the reason as the shopper is told it, in the activity's language.</summary>
    private static Task RefuseAsync(HttpContext http, PhotoRefusal refusal, string? locale, PhotoOptions options) =>
        Problem(http, StatusCodes.Status400BadRequest, "Photo not accepted", PhotoTexts.Refused(TrafficTexts.Language(locale), refusal, options));

    private static Task Problem(HttpContext http, int status, string title, string detail) =>
        Results.Problem(title: title, detail: detail, statusCode: status).ExecuteAsync(http);

    internal sealed record Inbound(Activity Activity, string? ShopperToken, JObject Body);

    /// <summary>Reads the body as an activity, checking the type of every member the endpoint or the bot relies on.</summary>
    private static async Task<(Inbound? Inbound, string? Problem)> ReadAsync(HttpRequest request, long maxBytes)
    {
        if (request.ContentLength > maxBytes) return (null, $"The activity is larger than {maxBytes / 1024} KB.");
        try
        {
            using var reader = new StreamReader(request.Body, leaveOpen: true);
            return Parse(await reader.ReadToEndAsync());
        }
        catch (BadHttpRequestException e)
        {
            return (null, e.Message);
        }
    }

    /// <summary>An activity's JSON, checked as <see cref="ReadAsync"/> checks a request's body.</summary>
    internal static (Inbound? Inbound, string? Problem) Parse(string text)
    {
        JObject body;
        try
        {
            // Dates stay strings until the activity is read from them, so a timestamp keeps its offset (as the SDK reads it).
            using var json = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
            var token = JToken.Load(json);
            if (token is not JObject o) return (null, "The request body must be a JSON object: a Bot Framework Activity.");
            body = o;
        }
        catch (JsonReaderException e)
        {
            return (null, $"The request body is not valid JSON ({e.Message}). Send a Bot Framework Activity object.");
        }

        if (Text(body, "type") is not { Length: > 0 }) return (null, "The activity has no 'type' (a string).");
        if (body["conversation"] is not JObject conversation || Text(conversation, "id") is not { Length: > 0 and <= 256 })
            return (null, "The activity has no 'conversation.id' (an object with a string id of at most 256 characters).");
        if (body["from"] is not JObject from || Text(from, "id") is not { Length: > 0 and <= 256 })
            return (null, "The activity has no 'from.id' (an object with a string id of at most 256 characters).");
        if (Text(body, "channelId") is not { } channel || !ChannelIdShape().IsMatch(channel))
            return (null, "The activity has no valid 'channelId' (letters, digits, '.', '_' or '-').");
        if (channel == WebChat.WebChatAdapter.ChannelId)
            return (null, $"The channel id '{channel}' is the shop's own web chat; use the web chat hub.");
        if (Text(body, "serviceUrl") is not { Length: > 0 } serviceUrl || !Uri.TryCreate(serviceUrl, UriKind.Absolute, out _))
            return (null, "The activity has no 'serviceUrl' (an absolute URL where replies go).");
        foreach (var name in (string[])["id", "text", "locale", "replyToId", "name"])
            if (body[name] is { Type: not (JTokenType.String or JTokenType.Null) }) return (null, $"The activity's '{name}' must be a string.");
        if (Text(body, "text") is { Length: > MaxTextLength }) return (null, $"Messages can be at most {MaxTextLength} characters. 消息最多 {MaxTextLength} 个字符。");
        if (body["channelData"] is { Type: not (JTokenType.Object or JTokenType.Null) }) return (null, "The activity's 'channelData' must be an object.");
        if (body["channelData"]?["shopperToken"] is { Type: not (JTokenType.String or JTokenType.Null) }) return (null, "'channelData.shopperToken' must be a string.");
        if (body["recipient"] is { Type: not (JTokenType.Object or JTokenType.Null) }) return (null, "The activity's 'recipient' must be an object.");
        if (body["attachments"] is { Type: not (JTokenType.Array or JTokenType.Null) }) return (null, "The activity's 'attachments' must be an array.");

        Activity activity;
        try
        {
            activity = body.ToObject<Activity>(BotJson.Serializer)!;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or InvalidCastException)
        {
            return (null, $"The activity does not have the Bot Framework shape ({e.Message}).");
        }
        return (new Inbound(activity, body["channelData"]?["shopperToken"]?.Value<string>(), body), null);
    }

    private static string? Text(JObject o, string name) => o[name] is JValue { Type: JTokenType.String } v ? (string?)v : null;

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex ChannelIdShape();
}
