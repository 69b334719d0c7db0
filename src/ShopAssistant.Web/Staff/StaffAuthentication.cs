using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ShopAssistant.Web.Staff;

public static class StaffPolicies
{
    public const string Agent = "agent";
    public const string Manager = "manager";
    public const string Staff = "staff";
}

public static class StaffAuthentication
{
    /// <summary>
    /// One cookie for the staff pages and the REST API. Browsers asking for a page are sent to the login page;
    /// API callers get 401 (not signed in) or 403 (wrong role) instead of a redirect. Every request checks the
    /// cookie's server-side session (<see cref="StaffSessions"/>).
    /// </summary>
    public static IServiceCollection AddStaffAuthentication(this IServiceCollection services)
    {
        services.AddOptions<StaffSecurityOptions>().BindConfiguration(StaffSecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StaffAccounts>().BindConfiguration(StaffAccounts.Section);
        services.TryAddSingleton<IPasswordHasher<string>, PasswordHasher<string>>();
        // Scaled out, every instance must compute the same stamps: the key then lives in the shared database.
        services.AddSingleton(sp => sp.GetService<ShopAssistant.Data.ISharedSecrets>() is { } shared
            ? new StaffStampKey(shared.GetOrCreate(StaffStampKey.FileName, 32))
            : StaffStampKey.InFolder(ShopAssistant.Data.StorageServiceCollectionExtensions.DataFolder(sp)));
        services.AddSingleton<StaffDirectory>();
        services.AddSingleton<StaffSessions>();
        services.AddSingleton<LoginThrottle>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = "shopassistant.staff";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the request is HTTPS (behind a TLS-terminating proxy: forward the scheme, see README).
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/staff/login";
            cookie.AccessDeniedPath = "/staff/login";
            cookie.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
            cookie.Events.OnValidatePrincipal = async context =>
            {
                var sessions = context.HttpContext.RequestServices.GetRequiredService<StaffSessions>();
                if (await sessions.IsCurrentAsync(context.Principal, context.HttpContext.RequestAborted)) return;
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            };
        });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<StaffSecurityOptions>>((cookie, security) => cookie.ExpireTimeSpan = TimeSpan.FromMinutes(Math.Max(1, security.Value.IdleMinutes)));
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.Agent, policy => policy.RequireRole(StaffRoles.Agent))
            .AddPolicy(StaffPolicies.Manager, policy => policy.RequireRole(StaffRoles.Manager))
            .AddPolicy(StaffPolicies.Staff, policy => policy.RequireRole(StaffRoles.Agent, StaffRoles.Manager));
        services.AddRateLimiter(limiter => limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests);
        return services;
    }

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs")
            || context.Request.Path.StartsWithSegments("/openapi") || context.Request.Path.StartsWithSegments("/metrics"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
