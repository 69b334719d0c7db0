using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ShopAssistant.Bot.Handoffs;
using ShopAssistant.Recommendations;

namespace ShopAssistant.Web.Tests;

/// <summary>What operators see (README "Operating it"): /metrics and who may read it, our instruments on the real paths, readiness per model.</summary>
// Alone: a meter provider listens to every meter of its names in the process, so another test's host, made and disposed
// meanwhile, could take this host's instruments' streams with it (the turn's metrics were missing from the scrape, CI at 1b1197e).
[Collection(OtlpExportTests.Collection)]
public sealed class OperatingTests
{
    private const string ScrapeToken = "scrape-token-for-tests-0123456789";

    private static ShopHost Host(Action<IServiceCollection>? services = null, Dictionary<string, string?>? settings = null) =>
        new(settings: new Dictionary<string, string?>(settings ?? []) { ["ShopAssistant:Telemetry:ScrapeToken"] = ScrapeToken }, services: services);

    [Fact]
    public async Task Metrics_are_for_managers_and_the_scrape_token_only()
    {
        await using var host = Host();
        var anonymous = await host.CreateClient().GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains(anonymous.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Scraper(host, ScrapeToken + "x").GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Scraper(host, "").GetAsync("/metrics")).StatusCode);
        var agent = await host.SignedInAsync("lily", ShopHost.AgentPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/metrics")).StatusCode);

        var manager = await host.SignedInAsync("mia", ShopHost.ManagerPassword);
        var seen = await manager.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.Contains("http_server_request_duration_seconds", await seen.Content.ReadAsStringAsync());
        var scraped = await Scraper(host, ScrapeToken).GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        Assert.StartsWith("text/plain", scraped.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Without_a_scrape_token_configured_no_bearer_token_opens_the_metrics()
    {
        await using var host = new ShopHost();
        Assert.Equal(HttpStatusCode.Unauthorized, (await Scraper(host, ScrapeToken).GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Scraper(host, "").GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task After_a_shopper_turn_the_scrape_has_its_latency_by_policy_and_its_intent()
    {
        await using var channel = await ChannelListener.StartAsync();
        await using var host = Host();
        await host.CreateClient().PostAsync(Activities.Message(channel.ServiceUrl, "c-metrics", "guest-m", "运费怎么算？"));
        var intent = (string?)channel.NextReply("c-metrics").Metadata()["intent"];
        Assert.False(string.IsNullOrEmpty(intent));

        var scraper = Scraper(host, ScrapeToken);
        var text = "";
        // The exporter caches a scrape for a moment, and the queue's gauge is first read by a scrape: ask again until all three show.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!(text.Contains($"intent=\"{intent}\"") && text.Contains("shopassistant_handoffs_queue_length{")
                 && text.Contains("shopassistant_assistant_turn_duration_seconds_count{")) && DateTime.UtcNow < deadline)
        {
            if (text.Length > 0) await Task.Delay(250);
            text = await scraper.GetStringAsync("/metrics");
        }
        var latency = text.Split('\n').Where(l => l.StartsWith("shopassistant_assistant_turn_duration_seconds_count{", StringComparison.Ordinal)).ToList();
        Assert.Contains(latency, l => l.Contains("policy=\"offline\"") && l.Contains("route=\"offline\"") && Count(l) >= 1);
        Assert.Contains(text.Split('\n'), l => l.StartsWith("shopassistant_assistant_intents_total{", StringComparison.Ordinal)
            && l.Contains($"intent=\"{intent}\"") && l.Contains("language=\"zh\"") && Count(l) >= 1);
        Assert.Contains("# TYPE shopassistant_assistant_turn_duration_seconds histogram", text);
        // The queue's gauge exists before any handoff (the desk is created on first use; the gauge is not).
        Assert.Contains(text.Split('\n'), l => l.StartsWith("shopassistant_handoffs_queue_length{", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_claimed_handoff_records_its_wait_and_the_queue_length_follows()
    {
        await using var channel = await ChannelListener.StartAsync();
        await using var host = Host();
        var measured = new ConcurrentQueue<(string Name, double Value, Dictionary<string, object?> Tags)>();
        using var listener = Listen(host, HandoffTelemetry.MeterName, measured);

        await host.CreateClient().PostAsync(Activities.Message(channel.ServiceUrl, "c-wait-metric", "guest-h", "I want to talk to a real person"));
        Assert.True((bool)channel.NextReply("c-wait-metric").Metadata()["handoff"]!);
        Assert.Contains(measured, m => m is { Name: "shopassistant.handoffs.created" } && (string?)m.Tags["reason"] == "shopper_request");
        listener.RecordObservableInstruments();
        Assert.Equal(1, measured.Last(m => m.Name == "shopassistant.handoffs.queue_length").Value);

        var agent = await host.SignedInAsync("lily", ShopHost.AgentPassword);
        var id = (long)Assert.Single((await agent.GetFromJsonAsync<JsonArray>("/api/handoffs"))!)!["id"]!;
        host.Clock.Advance(TimeSpan.FromSeconds(90));
        Assert.Equal(HttpStatusCode.NoContent, (await agent.PostAsync($"/api/handoffs/{id}/claim", null)).StatusCode);

        var wait = Assert.Single(measured, m => m.Name == "shopassistant.handoffs.wait");
        Assert.Equal(90, wait.Value, precision: 3);
        Assert.Equal("shopper_request", wait.Tags["reason"]);
        Assert.Equal("false", wait.Tags["after_hours"]);
        listener.RecordObservableInstruments();
        Assert.Equal(0, measured.Last(m => m.Name == "shopassistant.handoffs.queue_length").Value);
    }

    [Fact]
    public async Task Readiness_reports_each_model_and_is_degraded_not_down_while_the_recommender_trains()
    {
        using var training = new ManualResetEventSlim();
        await using var host = Host(
            services: s => s.AddSingleton<IRecommender>(_ => { training.Wait(TimeSpan.FromMinutes(2)); return new NoRecommendations(); }),
            settings: new() { ["ShopAssistant:Recommendations:WarmUp"] = "true" });
        try
        {
            using var client = host.CreateClient();
            var body = await ReadyAsync(client, b => (string?)b["warmUp"]?["recommender"]?["state"] is "waiting" or "starting");
            Assert.Equal("degraded", (string?)body["status"]);
            Assert.Equal("Degraded", (string?)body["checks"]!["recommender"]!["status"]);
            Assert.Contains("popular", (string?)body["checks"]!["recommender"]!["description"]);
            Assert.Equal("Healthy", (string?)body["checks"]!["intent-model"]!["status"]);
            Assert.Equal("embedded index loaded", (string?)body["checks"]!["knowledge-index"]!["description"]);
            Assert.Equal("sqlite", (string?)body["checks"]!["database"]!["description"]);
            Assert.Equal("Healthy", (string?)body["checks"]!["database"]!["status"]);

            training.Set();
            body = await ReadyAsync(client, b => (string?)b["status"] == "ok");
            Assert.Equal("Healthy", (string?)body["checks"]!["recommender"]!["status"]);
        }
        finally
        {
            training.Set();
        }
    }

    /// <summary>Polls /health/ready until it answers 200 with a body the condition accepts.</summary>
    private static async Task<JsonObject> ReadyAsync(HttpClient client, Func<JsonObject, bool> until)
    {
        for (var i = 0; i < 600; i++)
        {
            var response = await client.GetAsync("/health/ready");
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            if (response.StatusCode == HttpStatusCode.OK && until(body)) return body;
            await Task.Delay(250);
        }
        throw new TimeoutException("/health/ready never reached the expected state");
    }

    private static HttpClient Scraper(ShopHost host, string token)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static double Count(string prometheusLine) =>
        double.Parse(prometheusLine[(prometheusLine.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every measurement of this host's meter (made by its IMeterFactory: other hosts of the run have their own).</summary>
    private static MeterListener Listen(ShopHost host, string meterName, ConcurrentQueue<(string, double, Dictionary<string, object?>)> into)
    {
        var factory = host.Services.GetRequiredService<IMeterFactory>();
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == meterName && ReferenceEquals(instrument.Meter.Scope, factory)) l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => into.Enqueue((i.Name, v, Tags(tags))));
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => into.Enqueue((i.Name, v, Tags(tags))));
        listener.Start();
        return listener;
    }

    private static Dictionary<string, object?> Tags(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var all = new Dictionary<string, object?>();
        foreach (var (key, value) in tags) all[key] = value;
        return all;
    }

    private sealed class NoRecommendations : IRecommender
    {
        public IReadOnlyList<Recommendation> Recommend(RecommendationRequest request) => [];
    }
}
