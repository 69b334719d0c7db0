using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace ShopAssistant.Web.Staff;

/// <summary>Sign-in; ReturnUrl is where the login page was sent from, answered back as "next" only when it is a local path.</summary>
public sealed record LoginRequest(string? UserName, string? Password, string? ReturnUrl = null);

public static class StaffEndpoints
{
    /// <summary>A sign-in body is two short strings; anything bigger is refused before it is read.</summary>
    public const long MaxLoginBodyBytes = 16 * 1024;

    /// <summary>POST /api/auth/login, POST /api/auth/logout, GET /api/auth/me, and the staff pages behind the login.</summary>
    public static IEndpointRouteBuilder MapStaffEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Staff");
        auth.MapPost("/login", LoginAsync).WithName("Login").WithMetadata(new RequestSizeLimitAttribute(MaxLoginBodyBytes))
            .WithSummary("Signs a staff member in: 200 and the auth cookie, or 401; 429 after too many attempts for one user name from one address.");
        auth.MapPost("/logout", async (HttpContext http, StaffSessions sessions) =>
        {
            // Ending the server-side session is what makes a copied cookie worthless; deleting it in the browser is a courtesy.
            await sessions.EndAsync(http.User, http.RequestAborted);
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.NoContent();
        }).WithName("Logout");
        auth.MapGet("/me", (ClaimsPrincipal user) => Results.Ok(new { userName = user.Identity!.Name, role = user.FindFirstValue(ClaimTypes.Role) }))
            .WithName("Me").RequireAuthorization();

        app.MapGet("/staff/login", () => Page("login.html")).ExcludeFromDescription();
        app.MapGet("/agent", () => Page("agent.html")).RequireAuthorization(StaffPolicies.Agent).ExcludeFromDescription();
        app.MapGet("/dashboard", () => Page("dashboard.html")).RequireAuthorization(StaffPolicies.Manager).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> LoginAsync(LoginRequest? request, StaffDirectory staff, StaffSessions sessions, LoginThrottle throttle, HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress?.ToString();
        if (!await throttle.MayAttemptAsync(request?.UserName, address))
            return Results.Problem(title: "Too many attempts", detail: "Wait a minute before trying again. 尝试次数过多，请一分钟后再试。",
                statusCode: StatusCodes.Status429TooManyRequests);
        if (staff.Verify(request?.UserName, request?.Password) is not { } member)
        {
            await throttle.FailedAsync(request?.UserName, address);
            return Results.Problem(title: "Sign-in failed", detail: "Unknown user name or wrong password.", statusCode: StatusCodes.Status401Unauthorized);
        }
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, await sessions.StartAsync(member, http.RequestAborted));
        var home = member.Role == StaffRoles.Manager ? "/dashboard" : "/agent";
        return Results.Ok(new { userName = member.UserName, role = member.Role, next = LocalReturnUrl.Or(request?.ReturnUrl, home) });
    }

    /// <summary>Staff pages live outside wwwroot so that only a signed-in member with the right role can load them.</summary>
    private static IResult Page(string file) =>
        Results.File(Path.Combine(AppContext.BaseDirectory, "StaffPages", file), "text/html; charset=utf-8");
}
