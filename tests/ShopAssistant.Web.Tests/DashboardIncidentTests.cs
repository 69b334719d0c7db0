using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ShopAssistant.Data;

namespace ShopAssistant.Web.Tests;

/// <summary>Handbook E1: managers declare and end incidents; the assistant reads them in-process through IIncidentBoard.</summary>
public sealed class DashboardIncidentTests
{
    [Fact]
    public async Task A_manager_declares_an_incident_the_assistant_can_read_and_ends_it()
    {
        await using var host = new ShopHost();
        var mia = await host.SignedInAsync("mia", ShopHost.ManagerPassword);
        var lily = await host.SignedInAsync("lily", ShopHost.AgentPassword);
        var notice = new { scope = "shipping_policy", textZh = "仓库延误：发货需要3–5天，至12月20日。", textEn = "Warehouse delay: dispatch takes 3–5 days until 20 Dec.", endsAt = host.Clock.GetUtcNow().AddDays(3) };

        Assert.Equal(HttpStatusCode.Forbidden, (await lily.PostAsJsonAsync("/api/incidents", notice)).StatusCode);
        var created = await mia.PostAsJsonAsync("/api/incidents", notice);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (long)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;

        var active = Assert.Single(await host.Services.GetRequiredService<IIncidentBoard>().ActiveAsync());
        Assert.True(active.AppliesTo("shipping_policy"));
        Assert.False(active.AppliesTo("invoice"));
        Assert.Equal("mia", active.DeclaredBy);
        Assert.Single((await mia.GetFromJsonAsync<JsonArray>("/api/incidents/active"))!);

        Assert.Equal(HttpStatusCode.NoContent, (await mia.PostAsync($"/api/incidents/{id}/end", null)).StatusCode);
        Assert.Empty((await mia.GetFromJsonAsync<JsonArray>("/api/incidents/active"))!);
        Assert.Equal(HttpStatusCode.NotFound, (await mia.PostAsync($"/api/incidents/{id}/end", null)).StatusCode);
    }

    [Fact]
    public async Task Incomplete_or_past_incidents_are_refused_with_reasons()
    {
        await using var host = new ShopHost();
        var mia = await host.SignedInAsync("mia", ShopHost.ManagerPassword);
        var noEnglish = await mia.PostAsJsonAsync("/api/incidents", new { scope = "all", textZh = "延误", endsAt = host.Clock.GetUtcNow().AddDays(1) });
        Assert.Equal(HttpStatusCode.BadRequest, noEnglish.StatusCode);
        Assert.Contains("textEn", await noEnglish.Content.ReadAsStringAsync());
        var past = await mia.PostAsJsonAsync("/api/incidents", new { scope = "all", textZh = "延误", textEn = "Delay", endsAt = host.Clock.GetUtcNow().AddDays(-1) });
        Assert.Contains("future", await past.Content.ReadAsStringAsync());
        var scope = await mia.PostAsJsonAsync("/api/incidents", new { scope = "weather", textZh = "延误", textEn = "Delay", endsAt = host.Clock.GetUtcNow().AddDays(1) });
        Assert.Contains("scope", await scope.Content.ReadAsStringAsync());
    }
}
