using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ShopAssistant.Web.Dashboard;

namespace ShopAssistant.Web.Tests;

/// <summary>The simulate verb plays conversations through the real bot and desk; the dashboard's figures must follow from them.</summary>
public sealed class DashboardSimulationTests
{
    [Fact]
    public async Task Simulated_conversations_show_up_in_the_metrics_they_caused()
    {
        await using var host = new ShopHost();
        var output = new StringWriter();
        Assert.Equal(0, await QualityCommands.SimulateAsync(host.Services, ["simulate", "--conversations", "16", "--seed", "3"], output));
        var said = Regex.Match(output.ToString(), @"(\d+) conversations, (\d+) handed to agents, (\d+) rated");
        Assert.True(said.Success, output.ToString());
        Assert.Contains("happens now", output.ToString()); // the test host's clock is not a SimulationClock

        var mia = await host.SignedInAsync("mia", ShopHost.ManagerPassword);
        var metrics = (await mia.GetFromJsonAsync<JsonObject>("/api/metrics"))!;
        Assert.Equal(16, (int)metrics["conversations"]!);
        Assert.Equal(int.Parse(said.Groups[2].Value), (int)metrics["handoffs"]!);
        Assert.Equal(int.Parse(said.Groups[3].Value), (int)metrics["ratings"]!);
        Assert.True((int)metrics["handoffs"]! > 0);
        var agents = (await mia.GetFromJsonAsync<JsonArray>("/api/metrics/agents"))!;
        Assert.Equal((int)metrics["handoffs"]!, agents.Sum(a => (int)a!["claimed"]!));
        var list = (await mia.GetFromJsonAsync<JsonObject>("/api/conversations?limit=5"))!;
        Assert.Equal(16, (int)list["total"]!);
        Assert.All(list["conversations"]!.AsArray(), c => Assert.NotNull(c!["flowScore"]));
    }

    [Fact]
    public async Task Simulated_card_clicks_and_add_to_carts_reach_the_recommendation_figures()
    {
        await using var host = new ShopHost();
        var output = new StringWriter();
        Assert.Equal(0, await QualityCommands.SimulateAsync(host.Services, ["simulate", "--conversations", "24", "--seed", "7"], output));
        var said = Regex.Match(output.ToString(), @"(\d+) recommendation lists shown, (\d+) cards opened, (\d+) added to cart");
        Assert.True(said.Success, output.ToString());
        var (opened, carted) = (int.Parse(said.Groups[2].Value), int.Parse(said.Groups[3].Value));
        Assert.True(carted > 0, output.ToString());
        Assert.True(carted <= opened);

        var mia = await host.SignedInAsync("mia", ShopHost.ManagerPassword);
        var figures = (await mia.GetFromJsonAsync<JsonObject>("/api/metrics"))!["recommendations"]!;
        Assert.Equal(opened, (int)figures["clicks"]!);
        Assert.Equal(carted, (int)figures["addedToCart"]!);
        Assert.True((double)figures["addToCartRate"]! > 0);
    }

    [Fact]
    public async Task Bad_simulation_options_are_refused()
    {
        await using var host = new ShopHost();
        var output = new StringWriter();
        Assert.Equal(2, await QualityCommands.SimulateAsync(host.Services, ["simulate", "--conversations", "0"], output));
        Assert.Contains("--conversations", output.ToString());
    }
}
