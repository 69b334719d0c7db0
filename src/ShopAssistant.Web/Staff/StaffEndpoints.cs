using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ShopAssistant.Web.Staff;

public sealed record LoginRequest(string? UserName, string? Password);

public static class StaffEndpoints
{
    /// <summary>POST /api/auth/login, POST /api/auth/logout, GET /api/auth/me, and the staff pages behind the login.</summary>
    public static IEndpointRouteBuilder MapStaffEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Staff");
        auth.MapPost("/login", LoginAsync).WithName("Login").RequireRateLimiting(StaffPolicies.LoginRateLimit)
            .WithSummary("Signs a staff member in: 200 and the auth cookie, or 401.");
        auth.MapPost("/logout", async (HttpContext http) =>
        {
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

    private static async Task<IResult> LoginAsync(LoginRequest? request, StaffDirectory staff, HttpContext http)
    {
        if (staff.Verify(request?.UserName, request?.Password) is not { } member)
            return Results.Problem(title: "Sign-in failed", detail: "Unknown user name or wrong password.", statusCode: StatusCodes.Status401Unauthorized);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, member.UserName), new Claim(ClaimTypes.Role, member.Role)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.Ok(new { userName = member.UserName, role = member.Role });
    }

    /// <summary>Staff pages live outside wwwroot so that only a signed-in member with the right role can load them.</summary>
    private static IResult Page(string file) =>
        Results.File(Path.Combine(AppContext.BaseDirectory, "StaffPages", file), "text/html; charset=utf-8");
}
