using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ShopAssistant.Data;
using ShopAssistant.Web.Privacy;

namespace ShopAssistant.Web.Tests;

/// <summary>Issue 11 item 6: a manager exports or erases one shopper's data; old transcripts are purged.</summary>
public sealed class PrivacyApiTests
{
    [Fact]
    public async Task A_manager_exports_and_erases_one_shoppers_data_and_the_dashboard_still_counts_it()
    {
        await using var channel = await ChannelListener.StartAsync();
        await using var host = new ShopHost();
        var shopper = host.CreateClient();
        await shopper.PostAsync(Activities.Message(channel.ServiceUrl, "c-mine", "shopper-erase-1", "hello, my phone is 13812345678"));
        channel.NextReply("c-mine");
        await shopper.PostAsync(Activities.Message(channel.ServiceUrl, "c-other", "shopper-keep-2", "hello"));
        channel.NextReply("c-other");

        var manager = await host.SignedInAsync("mia", ShopHost.ManagerPassword);
        var agent = await host.SignedInAsync("lily", ShopHost.AgentPassword);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync("/api/shoppers/shopper-erase-1/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/shoppers/shopper-erase-1/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.DeleteAsync("/api/shoppers/shopper-erase-1")).StatusCode);

        var export = (await manager.GetFromJsonAsync<JsonObject>("/api/shoppers/shopper-erase-1/export"))!;
        Assert.Equal(["test-channel:c-mine"], export["conversationIds"]!.AsArray().Select(c => (string?)c));
        Assert.NotEmpty(export["transcripts"]!.AsArray());
        Assert.NotEmpty(export["events"]!.AsArray());
        Assert.DoesNotContain("13812345678", export.ToJsonString());
        Assert.DoesNotContain("shopper-keep-2", export.ToJsonString());
        var before = (await manager.GetFromJsonAsync<JsonObject>("/api/metrics"))!;

        var erased = (await manager.DeleteFromJsonAsync<JsonObject>("/api/shoppers/shopper-erase-1"))!;
        Assert.Equal(1, (int)erased["conversations"]!);

        var after = (await manager.GetFromJsonAsync<JsonObject>("/api/metrics"))!;
        Assert.Equal((int)before["conversations"]!, (int)after["conversations"]!);
        Assert.Empty((await manager.GetFromJsonAsync<JsonObject>("/api/shoppers/shopper-erase-1/export"))!["transcripts"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/api/conversations/test-channel:c-mine")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/api/conversations/test-channel:c-other")).StatusCode);
    }

    [Fact]
    public async Task Transcripts_older_than_the_retention_setting_are_purged()
    {
        await using var host = new ShopHost(settings: new Dictionary<string, string?> { ["ShopAssistant:Privacy:TranscriptRetentionDays"] = "30" });
        var transcripts = host.Services.GetRequiredService<ITranscriptLog>();
        var now = host.Clock.GetUtcNow();
        await transcripts.AppendAsync(new TranscriptEntry("c-old", "in", "message", null, "s", "user", "old", "{}", now.AddDays(-31)));
        await transcripts.AppendAsync(new TranscriptEntry("c-recent", "in", "message", null, "s", "user", "recent", "{}", now.AddDays(-29)));

        Assert.Equal(1, await host.Services.GetRequiredService<TranscriptRetention>().PurgeAsync());
        Assert.Empty(await transcripts.ReadAsync("c-old"));
        Assert.Single(await transcripts.ReadAsync("c-recent"));
    }

    [Fact]
    public async Task The_shopper_verb_exports_and_erases_from_the_command_line()
    {
        var folder = Directory.CreateTempSubdirectory("shopassistant-test-cli-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ShopAssistant:Storage:DataFolder"] = folder }).Build();
        await using (var services = new ServiceCollection().AddLogging().AddShopStorage(configuration).BuildServiceProvider())
            await services.GetRequiredService<ITranscriptLog>().AppendAsync(new TranscriptEntry("c-cli", "in", "message", null, "17850", "user", "hi", "{}", DateTimeOffset.UtcNow));

        var exported = new StringWriter();
        Assert.Equal(0, await ShopperCommands.RunAsync(["export", "--id", "17850"], exported, configuration));
        Assert.Contains("c-cli", exported.ToString());
        var erased = new StringWriter();
        Assert.Equal(0, await ShopperCommands.RunAsync(["erase", "--id", "17850"], erased, configuration));
        Assert.Equal(1, (int)JsonNode.Parse(erased.ToString())!["transcriptEntries"]!);
        Assert.Equal(2, await ShopperCommands.RunAsync(["erase"], TextWriter.Null, configuration));
    }
}
