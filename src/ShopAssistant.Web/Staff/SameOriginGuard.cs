namespace ShopAssistant.Web.Staff;

/// <summary>
/// Cross-site request forgery guard for the cookie-authenticated staff API and hubs. A browser
/// always says where a request comes from — Sec-Fetch-Site on current browsers, Origin on every POST/PUT/DELETE and
/// WebSocket — and a request from another site is refused with 403 whatever cookie it carries. A request with neither
/// header is not a browser's (a script or test with its own cookie), and the SameSite=Strict cookie covers browsers
/// too old to send them. The Bot Framework endpoint and the shoppers' web chat hub carry no staff cookie and are
/// left to their own checks.
/// </summary>
public sealed class SameOriginGuard(RequestDelegate next)
{
    private static readonly string[] StaffHubs = ["/hubs/agents", "/hubs/dashboard"];

    public Task InvokeAsync(HttpContext http)
    {
        if (Guarded(http.Request) && !SameOrigin(http.Request))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Results.Problem(title: "Cross-site request refused",
                detail: "Staff requests must come from this site's own pages. 只接受来自本站页面的员工请求。",
                statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(http);
        }
        return next(http);
    }

    private static bool Guarded(HttpRequest request)
    {
        var path = request.Path;
        if (StaffHubs.Any(h => path.StartsWithSegments(h, StringComparison.OrdinalIgnoreCase))) return true;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
            return false;
        return path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/api/messages", StringComparison.OrdinalIgnoreCase);
    }

    internal static bool SameOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none")) return false;
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return true;
        // Compare the host and port only: behind a TLS-terminating proxy the request arrives as http while the page is https.
        return Uri.TryCreate(origin, UriKind.Absolute, out var from) && (from.Scheme == Uri.UriSchemeHttps || from.Scheme == Uri.UriSchemeHttp)
            && string.Equals(from.IsDefaultPort ? from.Host : from.Authority, HostWithoutDefaultPort(request), StringComparison.OrdinalIgnoreCase);
    }

    private static string HostWithoutDefaultPort(HttpRequest request)
    {
        var host = request.Host;
        return host.Port is 80 or 443 ? host.Host : host.Value ?? "";
    }
}
