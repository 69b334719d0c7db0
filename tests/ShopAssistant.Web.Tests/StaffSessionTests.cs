using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopAssistant.Web.Staff;

namespace ShopAssistant.Web.Tests;

/// <summary>Issue 11 item 7: staff sessions end when they should, and sign-in resists guessing, probing and forgery.</summary>
public sealed class StaffSessionTests : IClassFixture<ShopHostFixture>
{
    private readonly ShopHost _host;

    public StaffSessionTests(ShopHostFixture fixture) => _host = fixture.Host;

    /// <summary>Signs in without a cookie jar and returns the cookie, as someone who copied it would hold it.</summary>
    private static async Task<string> CookieOfAsync(ShopHost host, string userName, string password)
    {
        using var client = Bare(host);
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        response.EnsureSuccessStatusCode();
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("shopassistant.staff=", StringComparison.Ordinal)).Split(';')[0];
    }

    private static HttpClient Bare(ShopHost host) =>
        new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };

    private static async Task<HttpStatusCode> WithCookieAsync(ShopHost host, string cookie, HttpMethod method, string path, Action<HttpRequestMessage>? more = null)
    {
        using var client = Bare(host);
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Cookie", cookie);
        more?.Invoke(request);
        return (await client.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task After_sign_out_a_copied_cookie_no_longer_works()
    {
        var cookie = await CookieOfAsync(_host, "lily", ShopHost.AgentPassword);
        Assert.Equal(HttpStatusCode.OK, await WithCookieAsync(_host, cookie, HttpMethod.Get, "/api/auth/me"));

        Assert.Equal(HttpStatusCode.NoContent, await WithCookieAsync(_host, cookie, HttpMethod.Post, "/api/auth/logout"));

        Assert.Equal(HttpStatusCode.Unauthorized, await WithCookieAsync(_host, cookie, HttpMethod.Get, "/api/auth/me"));
        Assert.Equal(HttpStatusCode.Unauthorized, await WithCookieAsync(_host, cookie, HttpMethod.Get, "/api/handoffs"));
    }

    [Fact]
    public async Task Signing_out_closes_the_sessions_live_dashboard_connection()
    {
        var cookie = await CookieOfAsync(_host, "mia", ShopHost.ManagerPassword);
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_host.BaseAddress, "/hubs/dashboard"), options => options.Headers["Cookie"] = cookie).Build();
        var closed = new TaskCompletionSource();
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        await connection.StartAsync();

        Assert.Equal(HttpStatusCode.NoContent, await WithCookieAsync(_host, cookie, HttpMethod.Post, "/api/auth/logout"));

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_session_ends_twelve_hours_after_sign_in_however_busy()
    {
        await using var host = new ShopHost();
        var agent = await host.SignedInAsync("lily", ShopHost.AgentPassword);
        // A request every 90 minutes keeps the sliding expiry fresh; only the absolute lifetime can end it.
        for (var hours = 1.5; hours < 12; hours += 1.5)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(90));
            Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/api/auth/me")).StatusCode);
        }
        host.Clock.Advance(TimeSpan.FromMinutes(90));
        Assert.Equal(HttpStatusCode.Unauthorized, (await agent.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task A_session_left_idle_longer_than_two_hours_ends()
    {
        await using var host = new ShopHost();
        var agent = await host.SignedInAsync("lily", ShopHost.AgentPassword);
        host.Clock.Advance(TimeSpan.FromMinutes(100));
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/api/auth/me")).StatusCode);
        host.Clock.Advance(TimeSpan.FromMinutes(125));
        Assert.Equal(HttpStatusCode.Unauthorized, (await agent.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Removing_an_account_or_changing_its_role_in_configuration_ends_its_sessions_at_once()
    {
        await using var host = new ShopHost();
        var lily = await CookieOfAsync(host, "lily", ShopHost.AgentPassword);
        var bob = await CookieOfAsync(host, "bob", ShopHost.AgentPassword);
        var mia = await CookieOfAsync(host, "mia", ShopHost.ManagerPassword);

        // A configuration source added at run time is a configuration change, as an edited appsettings.json would be.
        var configuration = (IConfigurationBuilder)host.Services.GetRequiredService<IConfiguration>();
        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ShopAssistant:Staff:0:Role"] = "manager", // lily becomes a manager
            ["ShopAssistant:Staff:1:Password"] = "", // bob's account is no longer valid: removed
        });

        Assert.Equal(HttpStatusCode.Unauthorized, await WithCookieAsync(host, lily, HttpMethod.Get, "/api/auth/me"));
        Assert.Equal(HttpStatusCode.Unauthorized, await WithCookieAsync(host, bob, HttpMethod.Get, "/api/auth/me"));
        Assert.Equal(HttpStatusCode.OK, await WithCookieAsync(host, mia, HttpMethod.Get, "/api/auth/me"));
        // The new role needs a new sign-in, which works.
        Assert.Equal(HttpStatusCode.OK, await WithCookieAsync(host, await CookieOfAsync(host, "lily", ShopHost.AgentPassword), HttpMethod.Get, "/api/metrics"));
    }

    [Fact]
    public async Task Too_many_attempts_for_one_user_name_do_not_lock_out_another_from_the_same_address()
    {
        using var client = Bare(_host);
        HttpResponseMessage last = new(HttpStatusCode.OK);
        for (var i = 0; i < 11; i++) last = await client.PostAsJsonAsync("/api/auth/login", new { userName = "mallory-target", password = "guess" + i });
        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);

        var other = await client.PostAsJsonAsync("/api/auth/login", new { userName = "bob", password = ShopHost.AgentPassword });
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Theory]
    [InlineData("/%5Cevil.example", "/agent")]
    [InlineData("/\\evil.example", "/agent")]
    [InlineData("//evil.example", "/agent")]
    [InlineData("/%2F%2Fevil.example", "/agent")]
    [InlineData("/%255Cevil.example", "/agent")]
    [InlineData("https://evil.example/agent", "/agent")]
    [InlineData("/agent?tab=queue", "/agent?tab=queue")]
    [InlineData(null, "/agent")]
    public async Task After_sign_in_the_page_goes_only_to_a_local_path(string? returnUrl, string expected)
    {
        using var client = Bare(_host);
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "bob", password = ShopHost.AgentPassword, returnUrl });
        Assert.Equal(expected, (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["next"]);
    }

    [Fact]
    public async Task An_over_long_password_is_refused_without_being_hashed()
    {
        using var client = Bare(_host);
        var huge = await client.PostAsJsonAsync("/api/auth/login", new { userName = "bob", password = new string('x', 1_000_000) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);

        var hasher = new CountingHasher();
        var staff = Directory(hasher);
        hasher.Verifications = 0;
        Assert.Null(staff.Verify("bob", new string('x', 257)));
        Assert.Equal(0, hasher.Verifications);
    }

    [Fact]
    public void An_unknown_user_name_costs_one_password_hash_like_a_known_one()
    {
        var hasher = new CountingHasher();
        var staff = Directory(hasher);
        hasher.Verifications = 0;
        Assert.Null(staff.Verify("bob", "wrong"));
        Assert.Equal(1, hasher.Verifications);
        Assert.Null(staff.Verify("nobody-of-that-name", "wrong"));
        Assert.Equal(2, hasher.Verifications);
    }

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task A_cross_site_request_with_a_staff_cookie_is_refused(string header, string value)
    {
        var cookie = await CookieOfAsync(_host, "bob", ShopHost.AgentPassword);
        Assert.Equal(HttpStatusCode.Forbidden, await WithCookieAsync(_host, cookie, HttpMethod.Post, "/api/handoffs/999999/claim", r => r.Headers.Add(header, value)));
        Assert.Equal(HttpStatusCode.Forbidden, await WithCookieAsync(_host, cookie, HttpMethod.Post, "/hubs/agents/negotiate?negotiateVersion=1", r => r.Headers.Add(header, value)));
        Assert.Equal(HttpStatusCode.Forbidden, await WithCookieAsync(_host, cookie, HttpMethod.Post, "/api/auth/logout", r => r.Headers.Add(header, value)));
        // The session was not ended by the refused sign-out.
        Assert.Equal(HttpStatusCode.OK, await WithCookieAsync(_host, cookie, HttpMethod.Get, "/api/auth/me"));
    }

    [Fact]
    public async Task A_same_origin_request_from_the_console_page_goes_through()
    {
        var cookie = await CookieOfAsync(_host, "bob", ShopHost.AgentPassword);
        var origin = _host.BaseAddress.GetLeftPart(UriPartial.Authority);
        Assert.Equal(HttpStatusCode.NotFound, await WithCookieAsync(_host, cookie, HttpMethod.Post, "/api/handoffs/999999/claim", r =>
        {
            r.Headers.Add("Origin", origin);
            r.Headers.Add("Sec-Fetch-Site", "same-origin");
        }));
    }

    [Theory]
    [InlineData("/agent", true)]
    [InlineData("/dashboard?week=2026-W48", true)]
    [InlineData("/%5Cevil.example", false)]
    [InlineData("/%5cevil.example", false)]
    [InlineData("/\\/evil.example", false)]
    [InlineData("/%09/evil.example", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("", false)]
    public void Local_return_urls(string url, bool safe) => Assert.Equal(safe, LocalReturnUrl.IsSafe(url));

    private static StaffDirectory Directory(IPasswordHasher<string> hasher)
    {
        var accounts = new StaticMonitor<StaffAccounts>(new StaffAccounts { new() { UserName = "bob", Password = "right-password", Role = "agent" } });
        return new StaffDirectory(accounts, new TestEnvironment(), NullLogger<StaffDirectory>.Instance, hasher, Options.Create(new StaffSecurityOptions()),
            new StaffStampKey(new byte[32]));
    }

    private sealed class StaticMonitor<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;
        public T Get(string? name) => value;
        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }

    private sealed class CountingHasher : IPasswordHasher<string>
    {
        private readonly PasswordHasher<string> _real = new();
        public int Verifications { get; set; }

        public string HashPassword(string user, string password) => _real.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(string user, string hashedPassword, string providedPassword)
        {
            Verifications++;
            return _real.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "tests";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
