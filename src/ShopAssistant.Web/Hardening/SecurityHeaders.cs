using Microsoft.Extensions.Options;

namespace ShopAssistant.Web.Hardening;

/// <summary>
/// Headers on every response. The pages load only this site's scripts and style sheets (no inline
/// script or style), so the policy allows nothing else. No page may be framed except the shopper chat, which the
/// shop's own site may embed: its frame-ancestors come from ShopAssistant:WebChat:FrameAncestors (default 'self').
/// HSTS is sent on HTTPS responses outside Development.
/// </summary>
public sealed class SecurityHeaders
{
    public const string FrameAncestorsKey = WebChatOptions.Section + ":FrameAncestors";
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors ";

    private readonly RequestDelegate _next;
    private readonly bool _development;
    private readonly string _chatFrameAncestors;

    public SecurityHeaders(RequestDelegate next, IOptions<WebChatOptions> options, IHostEnvironment environment)
    {
        (_next, _development) = (next, environment.IsDevelopment());
        _chatFrameAncestors = options.Value.FrameAncestors.Trim();
    }

    public Task InvokeAsync(HttpContext http)
    {
        // OnStarting, so that an error page written by the exception handler (which clears headers) still carries them.
        http.Response.OnStarting(() =>
        {
            Apply(http, _chatFrameAncestors, _development);
            return Task.CompletedTask;
        });
        return _next(http);
    }

    /// <summary>The chat page: "/" (and its file name). Everything else — staff pages, API, scripts — may not be framed.</summary>
    public static bool IsChatPage(PathString path) => path == "/" || path.Equals("/index.html", StringComparison.OrdinalIgnoreCase);

    public static void Apply(HttpContext http, string chatFrameAncestors, bool development)
    {
        var headers = http.Response.Headers;
        var chat = IsChatPage(http.Request.Path);
        var ancestors = chat ? chatFrameAncestors : "'none'";
        headers.ContentSecurityPolicy = Policy + ancestors;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        // X-Frame-Options cannot name other sites; browsers that know frame-ancestors ignore it anyway.
        if (ancestors == "'none'") headers.XFrameOptions = "DENY";
        else if (ancestors == "'self'") headers.XFrameOptions = "SAMEORIGIN";
        if (http.Request.IsHttps && !development) headers.StrictTransportSecurity = "max-age=31536000";
    }
}
