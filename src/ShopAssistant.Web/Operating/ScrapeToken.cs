using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ShopAssistant.Web.Operating;

/// <summary>
/// A Prometheus server cannot sign in with the staff cookie: it sends ShopAssistant:Telemetry:ScrapeToken as a bearer
/// token instead. This scheme is asked only by the /metrics policy; with no token configured it never signs anyone in.
/// </summary>
internal sealed class ScrapeToken(
    IOptionsMonitor<AuthenticationSchemeOptions> schemes, ILoggerFactory logger, UrlEncoder encoder, IOptions<TelemetryOptions> telemetry)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemes, logger, encoder)
{
    public const string SchemeName = "ScrapeToken";
    public const string ScopeClaim = "shopassistant:scope";
    public const string MetricsScope = "metrics";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (telemetry.Value.ScrapeToken?.Trim() is not { Length: > 0 } expected) return Task.FromResult(AuthenticateResult.NoResult());
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return Task.FromResult(AuthenticateResult.NoResult());
        // Hashes of equal length, compared in constant time: the answer's timing says nothing about the token.
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()));
        if (!CryptographicOperations.FixedTimeEquals(given, SHA256.HashData(Encoding.UTF8.GetBytes(expected))))
            return Task.FromResult(AuthenticateResult.Fail("wrong scrape token"));
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "metrics-scraper"), new Claim(ScopeClaim, MetricsScope)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
