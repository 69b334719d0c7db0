using System.Net;
using System.Net.Http.Json;

namespace ShopAssistant.Web.Tests;

/// <summary>Staff pages and APIs need a login with the right role.</summary>
public sealed class StaffAccessTests : IClassFixture<ShopHostFixture>
{
    private readonly ShopHost _host;

    public StaffAccessTests(ShopHostFixture fixture) => _host = fixture.Host;

    [Theory]
    [InlineData("GET", "/api/handoffs")]
    [InlineData("GET", "/api/handoffs/1")]
    [InlineData("POST", "/api/handoffs/1/claim")]
    [InlineData("POST", "/api/handoffs/1/resolve")]
    [InlineData("GET", "/api/agents")]
    [InlineData("GET", "/api/auth/me")]
    public async Task Without_a_login_the_api_answers_401(string method, string path)
    {
        var response = await _host.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_manager_may_not_use_the_agent_api()
    {
        var manager = await _host.SignedInAsync("mia", ShopHost.ManagerPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/handoffs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsync("/api/handoffs/1/claim", null)).StatusCode);
    }

    [Fact]
    public async Task The_console_page_sends_strangers_to_the_login_page()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = _host.BaseAddress };
        var response = await client.GetAsync("/agent");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/staff/login", response.Headers.Location!.PathAndQuery);

        var agent = await _host.SignedInAsync("lily", ShopHost.AgentPassword);
        Assert.Contains("Agent console", await agent.GetStringAsync("/agent"));
    }

    [Fact]
    public async Task Login_answers_401_for_a_wrong_password_and_200_with_the_role_otherwise()
    {
        var client = _host.CreateClient();
        var wrong = await client.PostAsJsonAsync("/api/auth/login", new { userName = "lily", password = "nope" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        var empty = await client.PostAsync("/api/auth/login", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, empty.StatusCode);

        var right = await client.PostAsJsonAsync("/api/auth/login", new { userName = "lily", password = ShopHost.AgentPassword });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("shopassistant.staff", string.Join(";", right.Headers.GetValues("Set-Cookie")));
        Assert.Contains("\"role\":\"agent\"", await (await client.GetAsync("/api/auth/me")).Content.ReadAsStringAsync());
    }
}
