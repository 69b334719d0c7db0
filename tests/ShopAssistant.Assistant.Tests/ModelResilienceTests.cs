using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using ShopAssistant.AI;
using ShopAssistant.Testing;
using ShopAssistant.Assistant.Orchestration;

namespace ShopAssistant.Assistant.Tests;

/// <summary>
/// Issue 17: a model that fails, hangs, throttles or dawdles never makes shoppers wait turn after turn. Against the
/// scripted OpenAI-compatible server on loopback; the breaker's cool-down and Retry-After move by a fake clock.
/// </summary>
public sealed class ModelResilienceTests
{
    private const string Question = "how much is shipping?";
    private static readonly string Shipping = ScriptedModel.Answer("Shipping is free on orders of ¥99 or more [shipping-fee].");

    private static (Orchestrator Assistant, ShopModel Model) With(ScriptedModel server, ModelResilienceOptions? resilience = null,
        TimeProvider? clock = null, ModelCostOptions? cost = null, IModelUsageLog? log = null)
    {
        var options = new LlmOptions { Endpoint = server.Endpoint, ApiKey = "k", Model = "scripted", TimeoutSeconds = 8 };
        var gate = new ModelGate(resilience ?? new ModelResilienceOptions(), clock);
        var model = new ShopModel(options, gate: gate, usage: new ModelUsageLedger(cost ?? new ModelCostOptions(), clock, log));
        return (TestShop.Create(model), model);
    }

    private static async Task<(AssistantReply Reply, TimeSpan Took, int Typing)> TurnAsync(Orchestrator assistant, string text = Question)
    {
        var typing = 0;
        var started = Stopwatch.StartNew();
        var reply = await assistant.ReplyAsync(new ShopperTurn("c-" + Guid.NewGuid().ToString("N"), "guest", text)
        { ModelWorking = _ => { Interlocked.Increment(ref typing); return Task.CompletedTask; } }, TestShop.Greeted());
        return (reply, started.Elapsed, typing);
    }

    [Fact]
    public async Task A_hung_endpoint_costs_the_first_turns_their_share_then_the_breaker_answers_offline_at_once()
    {
        await using var server = await ScriptedModel.StartAsync((_, ct) => ScriptedModel.HangAsync(ct));
        var (assistant, model) = With(server, new ModelResilienceOptions { TurnBudgetSeconds = 1.5, ModelShareOfTurn = 1, MinimumThroughput = 3 });

        for (var i = 0; i < 3; i++)
        {
            var (reply, took, typing) = await TurnAsync(assistant);
            Assert.Equal(TurnRoutes.OverBudget, reply.Route);
            Assert.Equal("offline", reply.Metadata.Policy);
            Assert.Contains("shipping-fee", reply.Metadata.Sources);
            Assert.Equal(1, typing); // the shopper saw the bot typing while the model was asked
            Assert.True(took < TimeSpan.FromSeconds(3), $"turn {i + 1} took {took}");
        }
        Assert.Equal("open", ModelHealth.Of(model, DateTimeOffset.UtcNow).Breaker);
        // Under CI load a request cancelled at the deadline may never reach the server, so count what arrived.
        var sentBeforeOpening = server.Requests.Count;
        Assert.InRange(sentBeforeOpening, 1, 3);

        for (var i = 0; i < 5; i++)
        {
            var (reply, took, typing) = await TurnAsync(assistant);
            Assert.Equal(TurnRoutes.BreakerOpen, reply.Route);
            Assert.Contains("shipping-fee", reply.Metadata.Sources);
            Assert.Equal(0, typing);
            Assert.True(took < TimeSpan.FromMilliseconds(100), $"turn after the breaker opened took {took.TotalMilliseconds} ms");
        }
        Assert.Equal(sentBeforeOpening, server.Requests.Count); // nothing more was sent to the hung endpoint
        Assert.Equal(5, model.Telemetry.TurnsSinceStart()[TurnRoutes.BreakerOpen]);
    }

    [Fact]
    public async Task A_burst_of_500s_opens_the_breaker_and_after_the_cool_down_one_probe_closes_it()
    {
        var healthy = false;
        await using var server = await ScriptedModel.StartAsync((_, _) => Task.FromResult(healthy ? ScriptedModel.Ok(Shipping) : ScriptedModel.ServerError()));
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-20T02:00:00Z"));
        var (assistant, model) = With(server, new ModelResilienceOptions { MinimumThroughput = 3, BreakSeconds = 30 }, clock);

        for (var i = 0; i < 3; i++) Assert.Equal(TurnRoutes.ModelFailed, (await TurnAsync(assistant)).Reply.Route);
        Assert.Equal(TurnRoutes.BreakerOpen, (await TurnAsync(assistant)).Reply.Route);
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(clock.GetUtcNow(), model.Gate.UnavailableSince);

        healthy = true;
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(TurnRoutes.BreakerOpen, (await TurnAsync(assistant)).Reply.Route);
        Assert.Equal(3, server.Requests.Count);
        clock.Advance(TimeSpan.FromSeconds(2));
        // The break is over: the gate's own probe goes in the background and this shopper is answered offline meanwhile.
        Assert.Equal(TurnRoutes.BreakerOpen, (await TurnAsync(assistant)).Reply.Route);
        await model.Gate.Probing.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(4, server.Requests.Count);
        Assert.DoesNotContain(Question, server.Requests.Last().ToJsonString()); // the probe carries no shopper's words
        Assert.Equal("closed", ModelHealth.Of(model, clock.GetUtcNow()).Breaker);
        Assert.Null(model.Gate.UnavailableSince);

        var next = await TurnAsync(assistant);
        Assert.Equal(TurnRoutes.Llm, next.Reply.Route);
        Assert.Equal("llm", next.Reply.Metadata.Policy);
        Assert.Equal(5, server.Requests.Count);
    }

    [Fact]
    public async Task After_the_break_a_still_hung_model_is_probed_in_the_background_and_no_shopper_waits_for_the_probe()
    {
        await using var server = await ScriptedModel.StartAsync((_, ct) => ScriptedModel.HangAsync(ct));
        var (assistant, model) = With(server, new ModelResilienceOptions
        { TurnBudgetSeconds = 1.5, ModelShareOfTurn = 1, MinimumThroughput = 3, BreakSeconds = 0.5 });
        for (var i = 0; i < 3; i++) await TurnAsync(assistant);
        Assert.Equal("open", ModelHealth.Of(model, DateTimeOffset.UtcNow).Breaker);
        var sentBeforeOpening = server.Requests.Count;

        await Task.Delay(TimeSpan.FromSeconds(0.7));
        for (var i = 0; i < 5; i++)
        {
            var (reply, took, typing) = await TurnAsync(assistant);
            Assert.Equal(TurnRoutes.BreakerOpen, reply.Route);
            Assert.Equal(0, typing);
            Assert.True(took < TimeSpan.FromMilliseconds(100), $"turn {i + 1} after the break took {took.TotalMilliseconds} ms");
        }
        Assert.False(model.Gate.Probing.IsCompleted); // the probe is still waiting on the hung endpoint
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (server.Requests.Count == sentBeforeOpening && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.Equal(sentBeforeOpening + 1, server.Requests.Count); // one probe, not one per turn
    }

    [Fact]
    public async Task A_429_with_Retry_After_keeps_every_turn_offline_without_a_request_until_the_wait_is_over()
    {
        var throttled = true;
        await using var server = await ScriptedModel.StartAsync((_, _) => Task.FromResult(throttled ? ScriptedModel.Throttled(20) : ScriptedModel.Ok(Shipping)));
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-20T02:00:00Z"));
        var (assistant, model) = With(server, clock: clock);

        Assert.Equal(TurnRoutes.ProviderBackoff, (await TurnAsync(assistant)).Reply.Route);
        throttled = false;
        for (var i = 0; i < 5; i++)
        {
            var (reply, took, typing) = await TurnAsync(assistant);
            Assert.Equal(TurnRoutes.ProviderBackoff, reply.Route);
            Assert.Equal(0, typing);
            Assert.True(took < TimeSpan.FromMilliseconds(100), $"took {took.TotalMilliseconds} ms");
        }
        Assert.Single(server.Requests); // no retry storm
        Assert.Equal("closed", ModelHealth.Of(model, clock.GetUtcNow()).Breaker); // throttling is honoured, not counted as an outage
        Assert.Equal(clock.GetUtcNow().AddSeconds(20), ModelHealth.Of(model, clock.GetUtcNow()).RetryAfterUntil);

        clock.Advance(TimeSpan.FromSeconds(21));
        Assert.Equal(TurnRoutes.Llm, (await TurnAsync(assistant)).Reply.Route);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_slow_answer_within_the_budget_is_sent_and_one_beyond_it_is_cancelled_for_the_offline_answer()
    {
        var delay = TimeSpan.FromMilliseconds(150);
        await using var server = await ScriptedModel.StartAsync((_, ct) => ScriptedModel.SlowAsync(delay, Shipping, ct));
        var (assistant, _) = With(server, new ModelResilienceOptions { TurnBudgetSeconds = 4, ModelShareOfTurn = 0.8 });
        await TurnAsync(assistant); // the first call of a process also pays for JIT and the connection

        var within = await TurnAsync(assistant);
        Assert.Equal(TurnRoutes.Llm, within.Reply.Route);

        delay = TimeSpan.FromSeconds(12);
        var beyond = await TurnAsync(assistant);
        Assert.Equal(TurnRoutes.OverBudget, beyond.Reply.Route);
        Assert.Equal("offline", beyond.Reply.Metadata.Policy);
        Assert.True(beyond.Took < TimeSpan.FromSeconds(6.5), $"took {beyond.Took}"); // the 3.2 s share, not the 12 s answer
        // The late answer was given up on: the server saw its client leave before it could answer.
        await WaitUntilAsync(() => server.Abandoned == 1);
    }

    [Fact]
    public async Task Beyond_the_bulkhead_a_turn_is_answered_offline_at_once()
    {
        var release = new TaskCompletionSource();
        await using var server = await ScriptedModel.StartAsync(async (_, ct) =>
        {
            await release.Task.WaitAsync(ct);
            return ScriptedModel.Ok(Shipping);
        });
        var (assistant, _) = With(server, new ModelResilienceOptions { MaxConcurrentCalls = 1 });

        var first = TurnAsync(assistant);
        await WaitUntilAsync(() => server.Requests.Count == 1);
        var (second, took, _) = await TurnAsync(assistant);
        release.SetResult();

        Assert.Equal(TurnRoutes.Busy, second.Route);
        Assert.True(took < TimeSpan.FromMilliseconds(500), $"took {took.TotalMilliseconds} ms");
        Assert.Equal(TurnRoutes.Llm, (await first).Reply.Route);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Usage_of_every_round_trip_adds_up_per_conversation_and_the_daily_budget_holds_until_the_next_Beijing_day()
    {
        // A tool call then the answer: two responses of 10 + 10 tokens each (ScriptedModel's usage).
        await using var server = await ScriptedModel.StartAsync(request => Task.FromResult<string?>(ScriptedModel.ToolResults(request) is { Count: > 0 }
            ? ScriptedModel.Answer("Shipping is free on orders of ¥99 or more [shipping-fee].")
            : ScriptedModel.CallTool("Knowledge-search_scripts", new { query = "shipping" })));
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-20T15:00:00Z")); // 23:00 in Beijing
        var log = new RecordingUsageLog();
        var (assistant, model) = With(server, clock: clock, cost: new ModelCostOptions { DailyTokenBudget = 60 }, log: log);

        var first = await assistant.ReplyAsync(new ShopperTurn("c-1", "guest", Question), TestShop.Greeted());
        var second = await assistant.ReplyAsync(new ShopperTurn("c-2", "guest", Question), TestShop.Greeted());

        Assert.Equal(TurnRoutes.Llm, first.Route);
        Assert.Equal(TurnRoutes.Llm, second.Route);
        Assert.Equal(4, server.Requests.Count);
        Assert.Equal([("c-1", 20L, 20L), ("c-2", 20L, 20L)], log.Records.Select(r => (r.ConversationId!, r.InputTokens, r.OutputTokens)));
        Assert.All(log.Records, r => Assert.Equal(ModelPurposes.Answer, r.Purpose));
        Assert.Equal(80, model.Usage.TodayTokens);

        // 80 ≥ 60: the day's budget is spent; the offline policy answers without asking the model.
        var third = await assistant.ReplyAsync(new ShopperTurn("c-3", "guest", Question), TestShop.Greeted());
        Assert.Equal(TurnRoutes.TokenBudget, third.Route);
        Assert.Contains("shipping-fee", third.Metadata.Sources);
        Assert.Equal(4, server.Requests.Count);

        clock.Advance(TimeSpan.FromHours(1)); // midnight in Beijing: a new shop day
        Assert.Equal(0, model.Usage.TodayTokens);
        Assert.Equal(TurnRoutes.Llm, (await assistant.ReplyAsync(new ShopperTurn("c-4", "guest", Question), TestShop.Greeted())).Route);
    }

    [Fact]
    public async Task A_restart_reads_the_days_tokens_back_so_the_budget_is_not_handed_out_twice()
    {
        await using var server = await ScriptedModel.StartAsync(_ => Task.FromResult<string?>(Shipping));
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-20T03:00:00Z"));
        var log = new RecordingUsageLog();
        log.Records.Add(new ModelUsageRecord(clock.GetUtcNow().AddHours(-1), ModelPurposes.Answer, "earlier", "scripted", 700, 300));
        var (assistant, model) = With(server, clock: clock, cost: new ModelCostOptions { DailyTokenBudget = 1000 }, log: log);

        var reply = await assistant.ReplyAsync(new ShopperTurn("c-1", "guest", Question), TestShop.Greeted());

        Assert.Equal(TurnRoutes.TokenBudget, reply.Route);
        Assert.Empty(server.Requests);
        Assert.Equal(1000, model.Usage.TodayTokens);
    }

    [Fact]
    public async Task A_handoff_summary_goes_through_the_same_path_and_its_tokens_are_the_conversations()
    {
        await using var server = await ScriptedModel.StartAsync(_ => Task.FromResult<string?>(ScriptedModel.Answer("Broken mug; shopper has photos.")));
        var log = new RecordingUsageLog();
        var (_, model) = With(server, log: log);

        var summary = await new Summaries.LlmConversationSummarizer(model)
            .SummarizeAsync([new("shopper", "我买的杯子碎了")], "damaged_goods", "zh", "c-broken", default);

        Assert.Equal("Broken mug; shopper has photos.", summary);
        var record = Assert.Single(log.Records);
        Assert.Equal((ModelPurposes.Summary, "c-broken", 10L, 10L), (record.Purpose, record.ConversationId, record.InputTokens, record.OutputTokens));
    }

    [Fact]
    public async Task The_ShopAssistant_AI_meter_counts_turns_by_route_and_reports_the_breaker()
    {
        await using var server = await ScriptedModel.StartAsync(_ => Task.FromResult<string?>(null));
        var (assistant, model) = With(server, new ModelResilienceOptions { MinimumThroughput = 2 });
        var turns = new List<string>();
        int? breaker = null;
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) => { if (instrument.Meter == model.Telemetry.Meter) l.EnableMeasurementEvents(instrument); };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
        {
            if (instrument.Name == "shopassistant.ai.turns") lock (turns) turns.Add((string)tags.ToArray().Single(t => t.Key == "route").Value!);
        });
        listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => { if (instrument.Name == "shopassistant.ai.breaker_state") breaker = value; });
        listener.Start();

        for (var i = 0; i < 3; i++) await TurnAsync(assistant);
        listener.RecordObservableInstruments();

        Assert.Equal("ShopAssistant.AI", model.Telemetry.Meter.Name);
        Assert.Equal([TurnRoutes.ModelFailed, TurnRoutes.ModelFailed, TurnRoutes.BreakerOpen], turns);
        Assert.Equal(2, breaker); // open
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(10), "condition not met in 10 s");
            await Task.Delay(10);
        }
    }

    private sealed class RecordingUsageLog : IModelUsageLog
    {
        public List<ModelUsageRecord> Records { get; } = [];

        public Task AppendAsync(ModelUsageRecord record, CancellationToken ct = default)
        {
            lock (Records) Records.Add(record);
            return Task.CompletedTask;
        }

        public Task<long> TokensSinceAsync(DateTimeOffset since, CancellationToken ct = default)
        {
            lock (Records) return Task.FromResult(Records.Where(r => r.At >= since).Sum(r => r.InputTokens + r.OutputTokens));
        }
    }
}
