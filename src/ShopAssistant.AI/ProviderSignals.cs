using System.ClientModel;
using System.Globalization;
using System.Net;
using Microsoft.SemanticKernel;

namespace ShopAssistant.AI;

/// <summary>
/// What a failed call's HTTP response asks of us. The OpenAI connector wraps the client's ClientResultException (which
/// keeps the raw response and its headers) in an HttpOperationException.
/// </summary>
internal static class ProviderSignals
{
    /// <summary>The Retry-After of a 429 or 5xx answer (seconds or an HTTP date), or null.</summary>
    public static TimeSpan? RetryAfter(Exception error, DateTimeOffset now)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is not ClientResultException { Status: 429 or >= 500 } result) continue;
            if (result.GetRawResponse()?.Headers.TryGetValue("Retry-After", out var value) != true || string.IsNullOrWhiteSpace(value)) return null;
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0) return TimeSpan.FromSeconds(seconds);
            if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) return at > now ? at - now : TimeSpan.Zero;
            return null;
        }
        return null;
    }

    /// <summary>The HTTP status the provider answered with, when there was an answer.</summary>
    public static int? Status(Exception error) =>
        error is HttpOperationException { StatusCode: { } code } ? (int)code
        : error.InnerException is { } inner ? Status(inner)
        : error is ClientResultException { Status: > 0 } result ? result.Status
        : null;

    public static bool IsThrottled(Exception error) => Status(error) == (int)HttpStatusCode.TooManyRequests;
}
