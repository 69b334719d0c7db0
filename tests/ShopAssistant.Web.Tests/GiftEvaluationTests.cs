using System.Text.Json.Nodes;
using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Web.Evaluation;

namespace ShopAssistant.Web.Tests;

/// <summary>`eval gifts` plays recommendation requests through the real bot and checks the cards it showed.</summary>
public sealed class GiftEvaluationTests
{
    [Fact]
    public async Task A_set_is_scored_from_the_cards_the_bot_showed()
    {
        var set = Path.Combine(Path.GetTempPath(), $"gift-set-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(set, """
        {"name": "tiny", "requests": [
          {"id": "g1", "lang": "zh", "class": "budget", "turns": ["推荐一些圣诞礼物，100元以内"],
           "expect": {"maxPrice": 100, "minPrice": null, "categories": null, "excludeCategories": [], "excludeWords": [], "notStockCodes": [], "cheaperThanPrevious": false, "newAfterPrevious": false}},
          {"id": "g2", "lang": "en", "class": "budget", "turns": ["gift ideas under 20 yuan"],
           "expect": {"maxPrice": 1, "minPrice": null, "categories": null, "excludeCategories": [], "excludeWords": [], "notStockCodes": [], "cheaperThanPrevious": false, "newAfterPrevious": false}},
          {"id": "g3", "lang": "en", "class": "category", "turns": ["hello there"],
           "expect": {"maxPrice": null, "minPrice": null, "categories": null, "excludeCategories": [], "excludeWords": [], "notStockCodes": [], "cheaperThanPrevious": false, "newAfterPrevious": false}}]}
        """);
        await ShopHost.RecommenderReadyAsync();
        await using var host = new ShopHost();
        var output = new StringWriter();

        Assert.Equal(0, await GiftEvaluation.RunAsync(host.Services, ["--set", set, "--json"], output));

        var text = output.ToString();
        var json = JsonNode.Parse(text.TrimEnd().Split('\n')[^1])!;
        Assert.Equal("tiny", (string?)json["set"]);
        Assert.Equal(3, (int)json["all"]!["n"]!);
        // g2's budget is impossible on purpose (¥1), and a greeting shows no cards.
        Assert.Equal(0.333, (double)json["all"]!["satisfied"]!);
        Assert.Equal(1.0, (double)json["byLanguage"]!["zh"]!["satisfied"]!);
        Assert.Contains("miss g2 [en budget]: maxPrice", text);
        Assert.Contains("miss g3 [en category]: no cards", text);
        Assert.DoesNotContain("miss g1", text);
        // The misses name the request and the constraint, never the shopper's words.
        Assert.DoesNotContain("gift ideas", text);
        File.Delete(set);
    }

    [Fact]
    public async Task A_missing_set_is_an_error_not_a_score()
    {
        await using var host = new ShopHost();
        var output = new StringWriter();
        Assert.Equal(2, await GiftEvaluation.RunAsync(host.Services, ["--set", "/nonexistent/gifts.json"], output));
        Assert.Contains("no set", output.ToString());
    }

    [Fact]
    public void Each_constraint_is_checked_against_the_catalogue_facts()
    {
        var mug = new Product("1", "RED RETROSPOT MUG", 20m, "kitchen", 5);
        var candle = new Product("2", "VANILLA SCENT CANDLE", 60m, "lights", 5);
        GiftExpectation Expect(decimal? max = null, decimal? min = null, string[]? shelves = null, string[]? outShelves = null,
            string[]? words = null, string[]? codes = null, bool cheaper = false, bool fresh = false) =>
            new(max, min, shelves, outShelves ?? [], words ?? [], codes ?? [], cheaper, fresh);

        Assert.Null(GiftCheck.Violation(Expect(max: 60, min: 20, shelves: ["kitchen", "lights"]), [mug, candle], null));
        Assert.StartsWith("no cards", GiftCheck.Violation(Expect(), [], null));
        Assert.StartsWith("maxPrice", GiftCheck.Violation(Expect(max: 50), [mug, candle], null));
        Assert.StartsWith("minPrice", GiftCheck.Violation(Expect(min: 30), [mug, candle], null));
        Assert.StartsWith("categories", GiftCheck.Violation(Expect(shelves: ["kitchen"]), [mug, candle], null));
        Assert.StartsWith("excludeCategories", GiftCheck.Violation(Expect(outShelves: ["lights"]), [mug, candle], null));
        Assert.StartsWith("excludeWords", GiftCheck.Violation(Expect(words: ["CANDLE"]), [mug, candle], null));
        Assert.StartsWith("notStockCodes", GiftCheck.Violation(Expect(codes: ["1"]), [mug], null));
        Assert.Null(GiftCheck.Violation(Expect(cheaper: true), [mug], [mug, candle]));
        Assert.StartsWith("cheaperThanPrevious", GiftCheck.Violation(Expect(cheaper: true), [candle], [mug, candle]));
        Assert.Null(GiftCheck.Violation(Expect(fresh: true), [candle], [mug]));
        Assert.StartsWith("newAfterPrevious", GiftCheck.Violation(Expect(fresh: true), [mug, candle], [mug]));
    }
}
