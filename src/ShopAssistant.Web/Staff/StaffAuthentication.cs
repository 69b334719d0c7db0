using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.RateLimiting;

namespace ShopAssistant.Web.Staff;

public static class StaffPolicies
{
    public const string Agent = "agent";
    public const string Manager = "manager";
    public const string Staff = "staff";
    public const string LoginRateLimit = "staff-login";
}

public static class StaffAuthentication
{
    /// <summary>
    /// One cookie for the staff pages and the REST API. Browsers asking for a page are sent to the login page;
    /// API callers get 401 (not signed in) or 403 (wrong role) instead of a redirect.
    /// </summary>
    public static IServiceCollection AddStaffAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<StaffDirectory>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = "shopassistant.staff";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            cookie.LoginPath = "/staff/login";
            cookie.AccessDeniedPath = "/staff/login";
            cookie.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.Agent, policy => policy.RequireRole(StaffRoles.Agent))
            .AddPolicy(StaffPolicies.Manager, policy => policy.RequireRole(StaffRoles.Manager))
            .AddPolicy(StaffPolicies.Staff, policy => policy.RequireRole(StaffRoles.Agent, StaffRoles.Manager));
        // Slows password guessing: a handful of attempts per client per minute.
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(StaffPolicies.LoginRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
