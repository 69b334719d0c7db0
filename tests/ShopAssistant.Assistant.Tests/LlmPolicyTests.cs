using System.Diagnostics;
using ShopAssistant.AI;
using ShopAssistant.Testing;
using ShopAssistant.Assistant.Orchestration;
using ShopAssistant.Domain.Conversations;

namespace ShopAssistant.Assistant.Tests;

/// <summary>The LLM policy against a scripted OpenAI-compatible server: tool calls, guardrails, failures and O3.</summary>
public sealed class LlmPolicyTests
{
    private static Orchestrator With(ScriptedModel model, double timeoutSeconds = 8) =>
        TestShop.Create(new LlmOptions { Endpoint = model.Endpoint, ApiKey = "test-key", Model = "scripted", TimeoutSeconds = timeoutSeconds });

    /// <summary>A model that calls one tool, then answers with exactly what the tool returned.</summary>
    private static Task<ScriptedModel> ToolThenEchoAsync(string function, object arguments) =>
        ScriptedModel.StartAsync(request => Task.FromResult<string?>(ScriptedModel.ToolResults(request) is { Count: > 0 } results
            ? ScriptedModel.Answer("Here is what I found: " + results[^1])
            : ScriptedModel.CallTool(function, arguments)));

    [Fact]
    public async Task A_tool_call_reaches_the_plugin_and_the_grounded_answer_is_sent_with_policy_llm()
    {
        await using var model = await ToolThenEchoAsync("Orders-get_order_status", new { orderNumber = 536367 });
        var assistant = With(model);

        var reply = await assistant.SayAsync("where is order 536367?", TestShop.Greeted(), "13047");

        Assert.Equal("llm", reply.Metadata.Policy);
        Assert.Contains("536367", reply.Text);
        Assert.Contains("¥", reply.Text);
        Assert.Equal(2, model.Requests.Count);
        var toolResult = Assert.Single(ScriptedModel.ToolResults(model.Requests.Last()));
        Assert.Contains("536367", toolResult);
        var tools = model.Requests.First()["tools"]!.AsArray().Select(t => (string?)t!["function"]!["name"]).ToList();
        Assert.Contains("Orders-get_order_status", tools);
        Assert.Contains("Knowledge-search_scripts", tools);
    }

    [Fact]
    public async Task The_system_prompt_comes_from_the_yaml_template_with_the_retrieved_scripts()
    {
        await using var model = await ScriptedModel.StartAsync(_ => Task.FromResult<string?>(ScriptedModel.Answer("Shipping is free on orders of ¥99 or more [shipping-fee].")));

        var reply = await With(model).SayAsync("how much is shipping?", TestShop.Greeted());

        var system = (string?)model.Requests.Single()["messages"]![0]!["content"];
        Assert.Contains("Hearth & Gift", system);
        Assert.Contains("[shipping-fee]", system);
        Assert.True(system!.Contains("¥99"), system); // not HTML-encoded
        Assert.Equal("llm", reply.Metadata.Policy);
        Assert.Equal(["shipping-fee"], reply.Metadata.Sources);
        Assert.DoesNotContain("[shipping-fee]", reply.Text);
    }

    [Theory]
    [InlineData("Shipping is free on orders over ¥49!")]
    [InlineData("Use the coupon code HEARTH50 at checkout.")]
    [InlineData("Sorry about that, we will send you a free gift to make up for it.")]
    [InlineData("亲，给您额外优惠，满¥99再送赠品哦")]
    public async Task An_answer_with_an_invented_number_or_offer_is_rejected_for_the_offline_answer(string invented)
    {
        await using var model = await ScriptedModel.StartAsync(_ => Task.FromResult<string?>(ScriptedModel.Answer(invented)));

        var reply = await With(model).SayAsync("how much is shipping?", TestShop.Greeted());

        Assert.Equal("offline", reply.Metadata.Policy);
        Assert.DoesNotContain(invented, reply.Text);
        Assert.Contains("shipping-fee", reply.Metadata.Sources);
        Assert.Contains("99", reply.Text);
    }

    [Fact]
    public async Task An_http_500_falls_back_to_the_offline_answer()
    {
        await using var model = await ScriptedModel.StartAsync(_ => Task.FromResult<string?>(null));

        var reply = await With(model).SayAsync("how much is shipping?", TestShop.Greeted());

        Assert.Equal("offline", reply.Metadata.Policy);
        Assert.Contains("shipping-fee", reply.Metadata.Sources);
        Assert.Single(model.Requests); // no retries: the shopper is waiting
    }

    [Fact]
    public async Task A_model_slower_than_the_timeout_falls_back_to_the_offline_answer()
    {
        await using var model = await ScriptedModel.StartAsync(async _ =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            return ScriptedModel.Answer("too late");
        });
        var started = Stopwatch.StartNew();

        var reply = await With(model, timeoutSeconds: 0.5).SayAsync("how much is shipping?", TestShop.Greeted());

        Assert.Equal("offline", reply.Metadata.Policy);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(4), $"took {started.Elapsed}");
    }

    [Fact]
    public async Task A_model_asking_for_another_customers_order_is_refused_by_O3()
    {
        // The model tries to pass the other shopper's id; the plugin has no such parameter and uses the turn's shopper.
        await using var model = await ToolThenEchoAsync("Orders-get_order_status", new { orderNumber = 536367, customerId = 13047 });
        var phone = TestShop.Data.FindCustomer(13047)!.PhoneLast4;

        var reply = await With(model).SayAsync("show me order 536367, I'm customer 13047", TestShop.Greeted(), "17850");

        var toolResult = Assert.Single(ScriptedModel.ToolResults(model.Requests.Last()));
        Assert.DoesNotContain("¥", toolResult);
        Assert.DoesNotContain("¥", reply.Text);
        Assert.DoesNotContain(phone, reply.Text);
    }

    [Fact]
    public async Task A_model_guessing_phone_digits_is_held_to_the_same_three_attempt_lock()
    {
        await using var model = await ToolThenEchoAsync("Orders-get_order_status", new { orderNumber = 536367, phoneLast4 = "0000" });
        var memory = TestShop.Greeted();
        var assistant = With(model);

        for (var i = 0; i < 4; i++) await assistant.SayAsync("order 536367 please", memory, "guest-llm");

        Assert.True(memory.FailedVerifications is >= 1 and <= 3);
    }

    [Fact]
    public async Task A_guest_answering_with_the_phone_digits_gets_the_order_through_the_model()
    {
        var digits = TestShop.Data.FindCustomer(13047)!.PhoneLast4;
        await using var model = await ScriptedModel.StartAsync(request =>
        {
            // A model that reads the order number from the conversation context in the system prompt.
            var system = (string)request["messages"]![0]!["content"]!;
            var order = System.Text.RegularExpressions.Regex.Match(system, @"phone on order (\d{6})");
            return Task.FromResult<string?>(ScriptedModel.ToolResults(request) is { Count: > 0 } results
                ? ScriptedModel.Answer(results[^1])
                : order.Success
                    ? ScriptedModel.CallTool("Orders-get_order_status", new { orderNumber = int.Parse(order.Groups[1].Value), phoneLast4 = digits })
                    : ScriptedModel.CallTool("Orders-get_order_status", new { orderNumber = 536367 }));
        });
        var assistant = With(model);
        var memory = TestShop.Greeted();

        var asked = await assistant.SayAsync("where is order 536367", memory, "guest-digits");
        Assert.Contains("last 4 digits", asked.Text);
        var reply = await assistant.SayAsync(digits, memory, "guest-digits");

        Assert.Equal("llm", reply.Metadata.Policy);
        Assert.Contains("¥", reply.Text);
        Assert.Contains(536367, memory.VerifiedOrders);
    }

    [Fact]
    public async Task Escalation_rules_run_before_the_model_is_asked()
    {
        await using var model = await ScriptedModel.StartAsync(_ => Task.FromResult<string?>(ScriptedModel.Answer("ok")));

        var reply = await With(model).SayAsync("the candle caught fire and burned my hand", TestShop.Greeted());

        Assert.True(reply.Metadata.Handoff);
        Assert.Equal(HandoffReasons.Safety, reply.Metadata.HandoffReason);
        Assert.Equal("offline", reply.Metadata.Policy);
        Assert.Empty(model.Requests);
    }

    [Fact]
    public async Task The_model_can_hand_over_only_for_a_reason_of_the_closed_set()
    {
        await using var model = await ToolThenEchoAsync("Handoff-hand_over_to_person", new { reason = "shopper_request" });

        var reply = await With(model).SayAsync("could somebody from the team look at this?", TestShop.Greeted());

        Assert.True(reply.Metadata.Handoff);
        Assert.Equal(HandoffReasons.ShopperRequest, reply.Metadata.HandoffReason);
    }

    [Fact]
    public async Task The_model_has_the_dialogue_state_and_the_policy_calculator_as_a_tool()
    {
        await using var model = await ToolThenEchoAsync("Rules-apply_shop_rules", new { topic = "" });
        var assistant = With(model);
        var memory = TestShop.Greeted();

        var first = await assistant.SayAsync("杭州几天能到", memory);
        var followUp = await assistant.SayAsync("那新疆呢", memory);

        Assert.Equal("llm", first.Metadata.Policy);
        Assert.Contains("1–2", first.Text);
        // The follow-up carries no topic of its own: the dialogue state gives the tool the delivery question and the new place.
        Assert.Equal("llm", followUp.Metadata.Policy);
        Assert.Contains("新疆", followUp.Text);
        Assert.Contains("5–7", followUp.Text);
        Assert.Contains("¥20", followUp.Text);
        Assert.Contains("Rules-apply_shop_rules", model.Requests.First()["tools"]!.AsArray().Select(t => (string?)t!["function"]!["name"]));
    }

    [LiveModelFact]
    public async Task A_live_model_answers_a_shipping_question_within_the_guardrails()
    {
        var options = LiveModel.Options(TimeSpan.FromSeconds(30));
        var reply = await TestShop.Create(options).SayAsync("how much is shipping?", TestShop.Greeted());

        Assert.Contains("99", reply.Text);
        Assert.Contains("shipping-fee", reply.Metadata.Sources);
    }
}

