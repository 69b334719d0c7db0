using System.Text.Json;
using ShopAssistant.Domain;
using ShopAssistant.Understanding.Intents;
using IntentLabels = ShopAssistant.Domain.Conversations.Intents;

namespace ShopAssistant.Understanding.Tests;

[Collection(UnderstandingCollection.Name)]
public class IntentModelTests(UnderstandingFixture fixture)
{
    [Fact]
    public void The_training_set_covers_every_label_in_both_languages()
    {
        var training = UtteranceSet.Load(fixture.Options.TrainingFiles).Utterances;
        foreach (var label in IntentLabels.All)
        foreach (var language in new[] { ShopLanguage.Zh, ShopLanguage.En })
            Assert.True(training.Count(u => u.Intent == label && u.Language == language) >= 40, $"{label}/{language}");
        Assert.True(training.Count >= 1600);
    }

    [Fact]
    public void The_held_out_set_is_disjoint_from_training()
    {
        static string Key(string text) => new(ShopperText.Normalise(text).Where(char.IsLetterOrDigit).ToArray());
        var training = UtteranceSet.Load(fixture.Options.TrainingFiles).Utterances.Select(u => Key(u.Text)).ToHashSet();
        var heldOut = UtteranceSet.Load(fixture.Options.HeldOutFile).Utterances;
        Assert.Empty(heldOut.Where(u => training.Contains(Key(u.Text))).Select(u => u.Text));
        foreach (var label in IntentLabels.All)
            Assert.True(heldOut.Count(u => u.Intent == label && u.Language == ShopLanguage.Zh) >= 10 &&
                        heldOut.Count(u => u.Intent == label && u.Language == ShopLanguage.En) >= 10, label);
    }

    /// <summary>
    /// The frozen sets of `eval conversations` (messages and conversations) and `eval gifts` (requests) were written apart
    /// from the training data (the intent model's and the judges') and must stay so.
    /// </summary>
    [Fact]
    public void The_frozen_shopper_sets_share_no_line_with_training()
    {
        static string Key(string text) => new(ShopperText.Normalise(text).Where(char.IsLetterOrDigit).ToArray());
        // The handoff and shopping judges' messages too: they come from the development sets, which must not repeat a frozen line either;
        // and the follow-up judge's turns, each after its topic word.
        var training = UtteranceSet.Load(fixture.Options.TrainingFiles).Utterances
            .Concat(JudgeModel.Handoff.Training(fixture.Options).Utterances).Concat(JudgeModel.Shopping.Training(fixture.Options).Utterances).Select(u => Key(u.Text))
            .Concat(JudgeModel.FollowUp.Training(fixture.Options).Utterances.Select(u => Key(u.Text[(u.Text.IndexOf(' ') + 1)..])))
            .ToHashSet();
        var sets = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "eval"), "*.json");
        Assert.NotEmpty(sets);
        foreach (var set in sets)
        {
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(set));
            IEnumerable<JsonElement> Items(string name) =>
                document.RootElement.TryGetProperty(name, out var items) ? items.EnumerateArray() : [];
            var lines = Items("messages").Select(m => m.GetProperty("text").GetString()!)
                .Concat(Items("conversations").Concat(Items("requests")).SelectMany(c => c.GetProperty("turns").EnumerateArray().Select(t => t.GetString()!)))
                .ToList();
            Assert.True(lines.Count >= 100, set);
            var shared = lines.Where(l => training.Contains(Key(l))).ToList();
            Assert.True(shared.Count == 0, $"{Path.GetFileName(set)} shares lines with training: {string.Join(" | ", shared)}");
        }
    }

    /// <summary>A loose regression floor; the real figures come from `eval intents`.</summary>
    [Fact]
    public void Held_out_accuracy_stays_above_the_floor()
    {
        var heldOut = UtteranceSet.Load(fixture.Options.HeldOutFile).Utterances;
        var predicted = heldOut.Select(u => fixture.Understanding.Understand(u.Text).Intent).ToList();
        var scores = IntentEvaluation.Score(heldOut, predicted, IntentLabels.All);
        foreach (var slice in scores) Assert.True(slice.Accuracy >= 0.85, $"{slice.Slice}: {slice.Accuracy:F3}");
    }

    /// <summary>O1: only an order not yet shipped can be cancelled; a delivered one is returned.</summary>
    [Theory]
    [InlineData("周一收到的，今天周日了，不想要了能退不", IntentLabels.ReturnPolicy)]
    [InlineData("签收两天了，不想要了，取消行吗", IntentLabels.ReturnPolicy)]
    [InlineData("还没发货，不想要了能取消吗", IntentLabels.CancelOrder)]
    [InlineData("取消订单", IntentLabels.CancelOrder)]
    public void A_delivered_parcel_is_returned_not_cancelled(string text, string expected)
    {
        var result = fixture.Understanding.Understand(text);
        Assert.Equal(expected, result.Intent);
    }

    /// <summary>H3.1: a person turned down is no request for one.</summary>
    [Theory]
    [InlineData("不用转人工了，谢谢你", IntentLabels.Thanks)]
    [InlineData("no need for a human, thanks", IntentLabels.Thanks)]
    [InlineData("I don't need a person, thank you", IntentLabels.Thanks)]
    public void A_person_turned_down_with_thanks_is_thanks(string text, string expected)
    {
        Assert.True(DeclinedPerson.Applies(fixture.Understanding.Understand(text).NormalText));
        Assert.Equal(expected, fixture.Understanding.Understand(text).Intent);
    }

    [Theory]
    [InlineData("转人工")]
    [InlineData("我要人工，不要机器人")]
    [InlineData("I need a human")]
    [InlineData("don't give me the bot, I need a person")]
    public void A_request_for_a_person_is_not_read_as_turning_one_down(string text) => Assert.False(DeclinedPerson.Applies(text));

    [Theory]
    [InlineData("亲 我的订单536365到哪了", IntentLabels.OrderStatus)]
    [InlineData("where is my parcel, order 581587", IntentLabels.OrderStatus)]
    [InlineData("转人工", IntentLabels.HumanAgent)]
    [InlineData("能开发票吗", IntentLabels.Invoice)]
    [InlineData("do you accept Alipay?", IntentLabels.Payment)]
    [InlineData("查订单", IntentLabels.OrderStatus)]
    [InlineData("查物流", IntentLabels.OrderStatus)]
    [InlineData("帮我查下订单", IntentLabels.OrderStatus)]
    [InlineData("track my order", IntentLabels.OrderStatus)]
    [InlineData("取消订单", IntentLabels.CancelOrder)]
    public void Predicts_common_requests(string text, string expected)
    {
        var result = fixture.Understanding.Understand(text);
        Assert.Equal(expected, result.Intent);
        Assert.InRange(result.Confidence, 0.0, 1.0);
        Assert.True(result.Confidence >= result.RunnerUpConfidence);
        Assert.NotEqual(result.Intent, result.RunnerUpIntent);
    }

    [Fact]
    public void Knows_exactly_the_contract_labels() =>
        Assert.Equal(IntentLabels.All.Order(), fixture.Understanding.Intents.Labels.Order());
}
