using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ShopAssistant.Bot;

/// <summary>
/// POST /api/messages. The body is checked before CloudAdapter sees it, because the adapter answers a
/// malformed body with a bare 400 and no word of why; channels and developers deserve a clear message.
/// </summary>
internal static class BotMessagesEndpoint
{
    public const long MaxBodyBytes = 512 * 1024;

    public static async Task HandleAsync(HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes;
        http.Request.EnableBuffering();
        var problem = await ValidateAsync(http.Request);
        if (problem is not null)
        {
            await Results.Problem(title: "Invalid activity", detail: problem, statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(http);
            return;
        }
        http.Request.Body.Position = 0;
        await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted);
    }

    private static async Task<string?> ValidateAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxBodyBytes) return $"The activity is larger than {MaxBodyBytes / 1024} KB.";
        JObject body;
        try
        {
            using var reader = new StreamReader(request.Body, leaveOpen: true);
            body = JObject.Parse(await reader.ReadToEndAsync());
        }
        catch (JsonReaderException e)
        {
            return $"The request body is not valid JSON ({e.Message}). Send a Bot Framework Activity object.";
        }
        catch (BadHttpRequestException e)
        {
            return e.Message;
        }
        if (body.Value<string>("type") is not { Length: > 0 }) return "The activity has no 'type'.";
        if (body["conversation"]?.Value<string>("id") is not { Length: > 0 }) return "The activity has no 'conversation.id'.";
        return null;
    }
}
