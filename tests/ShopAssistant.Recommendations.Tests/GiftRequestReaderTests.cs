using ShopAssistant.Domain.Catalogue;
using ShopAssistant.Recommendations.Gifts;

namespace ShopAssistant.Recommendations.Tests;

/// <summary>What one message of a gift conversation says: who, when, what, how much, what not, like what, and refinements.</summary>
public class GiftRequestReaderTests
{
    /// <summary>A few real catalogue names on the real shelves (data/categories.json's ids), with TinyShop's categories.</summary>
    private static readonly Catalogue Shop = new(
    [
        new Product("85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 26.6m, "lights", 856),
        new Product("21733", "RED HANGING HEART T-LIGHT HOLDER", 26.6m, "lights", 385),
        new Product("85099B", "JUMBO BAG RED RETROSPOT", 18.7m, "bags", 635),
        new Product("22727", "ALARM CLOCK BAKELIKE RED", 33.8m, "home", 388),
    ], [.. TinyShop.Instance.Catalogue.Categories, new Category("lights", "灯饰蜡烛", "Candles & lights", ["CANDLE"], ["蜡烛", "candle", "light"]),
        new Category("party", "派对节庆", "Party", ["PARTY"], ["生日", "birthday", "party"])]);

    private static GiftRequest Read(string text) => GiftRequestReader.Read(text, Shop);

    [Theory]
    [InlineData("送妈妈的生日礼物，一百元以内", "mum", "birthday", 100.0)]
    [InlineData("birthday present for my mum under a hundred", "mum", "birthday", 100.0)]
    [InlineData("男朋友圣诞礼物 两百以内", "boyfriend", "christmas", 200.0)]
    [InlineData("同事乔迁送点什么好", "colleague", "housewarming", null)]
    [InlineData("housewarming gift for a friend", "friend", "housewarming", null)]
    [InlineData("母亲节礼物推荐", "mum", "mothersday", null)]
    [InlineData("secret santa at work, max 30 rmb", "colleague", "christmas", 30.0)]
    public void Reads_recipient_occasion_and_budget(string text, string recipient, string occasion, double? max)
    {
        var said = Read(text);
        Assert.Equal(recipient, said.Recipient);
        Assert.Equal(occasion, said.Occasion);
        Assert.Equal(max is null ? null : (decimal)max, said.MaxPriceRmb);
        // An occasion alone is no shelf: a birthday gift for mum may be anything.
        Assert.Empty(said.CategoryIds);
    }

    /// <summary>Words round an exclusion are not its object: "not a penny more" leaves out no PENNY, "give her" no HER.</summary>
    [Theory]
    [InlineData("budget's 150 rmb and not a penny more lol")]
    [InlineData("she hates when people give her Christmassy stuff")]
    public void Leaves_out_only_what_is_excluded(string text) =>
        Assert.DoesNotContain(Read(text).ExcludedWords, word => word is "PENNY" or "HER" or "PEOPLE");

    [Theory]
    [InlineData("两百左右的礼物", 160.0, 240.0)]
    [InlineData("gifts 50–100", 50.0, 100.0)]
    [InlineData("something about ¥200", 160.0, 240.0)]
    [InlineData("五十到一百块", 50.0, 100.0)]
    [InlineData("anniversary present, budget 200-300", 200.0, 300.0)]
    [InlineData("想挑个两百多的礼物", 200.0, 300.0)]
    [InlineData("二十多块的小东西", 20.0, 30.0)]
    [InlineData("二十来块的小玩意儿", 16.0, 24.0)]
    [InlineData("百来块的礼物 男女通用的", 80.0, 120.0)]
    [InlineData("手头就一百出头", 100.0, 120.0)]
    [InlineData("new baby gift for my cousin, 100 to 200", 100.0, 200.0)]
    [InlineData("闺蜜生日，想挑个小礼物，不想超过两百哈", null, 200.0)]
    [InlineData("stocking fillers for my nephews, single digits each pls", null, 9.9)]
    [InlineData("something for the office, max 2 digits", null, 99.9)]
    [InlineData("可以再放宽点 两百也行", null, 200.0)]
    [InlineData("最低也得五十吧，太便宜的拿不出手。上限一百。", 50.0, 100.0)]
    [InlineData("for my boss's retirement, 150 minimum, 250 max", 150.0, 250.0)]
    [InlineData("给爸爸买的 他不喜欢花里胡哨的 也不喝茶 五十到一百吧", 50.0, 100.0)]
    [InlineData("my niece turns 4, obsessed w fairies n princesses. ~50 rmb?", 40.0, 60.0)]
    [InlineData("retiring teacher, budget 60 to 120", 60.0, 120.0)]
    public void Reads_budgets_in_any_form(string text, double? min, double max)
    {
        var said = Read(text);
        Assert.Equal((decimal?)min, said.MinPriceRmb);
        Assert.Equal((decimal)max, said.MaxPriceRmb);
    }

    [Theory]
    [InlineData("推荐几个马克杯", "kitchen", "MUG")]
    [InlineData("show me some mugs", "kitchen", "MUG")]
    [InlineData("有没有复古风的包包", "bags", "BAG")]
    [InlineData("christmas decorations please", "christmas", "CHRISTMAS")]
    [InlineData("any nice candles?", "lights", "CANDLE")]
    public void Reads_kinds_of_things_as_shelves_with_their_name_words(string text, string shelf, string word)
    {
        var said = Read(text);
        Assert.Equal([shelf], said.CategoryIds);
        Assert.Contains(word, said.ThingWords);
    }

    [Fact]
    public void Reads_style_words_as_preferences()
    {
        Assert.Contains("VINTAGE", Read("有没有复古风的包包").StyleWords);
        Assert.Contains("VINTAGE", Read("some vintage kitchen things").StyleWords);
    }

    [Theory]
    [InlineData("送妈妈的礼物，不要蜡烛", "CANDLE", "lights")]
    [InlineData("gift for my sister but no candles", "CANDLE", "lights")]
    [InlineData("not candles", "CANDLE", "lights")]
    [InlineData("推荐点礼物，不要圣诞的", "CHRISTMAS", "christmas")]
    [InlineData("present ideas, nothing christmassy please", "CHRISTMAS", "christmas")]
    [InlineData("no mugs please", "MUG", null)]
    [InlineData("一百以内的礼物，不要包", "BAG", null)]
    [InlineData("gifts that aren't candles?", "CANDLE", "lights")]
    [InlineData("有没有不是蜡烛的", "CANDLE", "lights")]
    [InlineData("送同事的，蜡烛那类就别推了", "CANDLE", "lights")]
    public void Reads_exclusions_and_never_asks_for_what_is_excluded(string text, string word, string? shelf)
    {
        var said = Read(text);
        Assert.Contains(word, said.ExcludedWords);
        if (shelf is not null) Assert.Contains(shelf, said.ExcludedCategoryIds);
        Assert.DoesNotContain(shelf ?? "-", said.CategoryIds);
        Assert.Empty(said.ThingWords.Intersect(said.ExcludedWords));
    }

    [Theory]
    [InlineData("any ideas for my aunt? not kitchen stuff")]
    [InlineData("送领导的 厨房用品就算了")]
    public void A_shelf_named_outright_is_left_out_whole(string text)
    {
        Assert.Contains("kitchen", Read(text).ExcludedCategoryIds);
        // One thing on the shelf leaves the rest of it.
        Assert.DoesNotContain("kitchen", Read("no mugs please").ExcludedCategoryIds);
    }

    [Fact]
    public void A_question_that_asks_whether_there_are_candles_excludes_nothing()
    {
        var said = Read("有没有蜡烛");
        Assert.Empty(said.ExcludedWords);
        Assert.Equal(["lights"], said.CategoryIds);
    }

    [Theory]
    [InlineData("something like the white hanging heart t-light holder", "85123A")]
    [InlineData("things like the red hanging heart t-light holder", "21733")]
    [InlineData("有没有和white hanging heart t-light holder差不多的", "85123A")]
    [InlineData("想要类似 jumbo bag red retrospot 的", "85099B")]
    [InlineData("got stuff like the alarm clock bakelike red", "22727")]
    public void Finds_the_product_a_shopper_wants_something_like(string text, string code)
    {
        Assert.Equal(code, Read(text).SimilarTo);
    }

    /// <summary>The shop with a few of its name words (data/categories.json has the whole list).</summary>
    private static readonly Catalogue Described = new(Shop.Products, Shop.Categories)
    {
        NameWords = new Dictionary<string, string[]>
        {
            ["白色"] = ["WHITE"], ["挂着的"] = ["HANGING"], ["爱心"] = ["HEART"], ["烛台"] = ["T-LIGHT", "HOLDER"], ["红"] = ["RED"],
            ["波点"] = ["RETROSPOT", "POLKADOT"], ["超大"] = ["JUMBO"], ["购物袋"] = ["SHOPPER", "BAG"], ["玻璃"] = ["GLASS"],
            ["粉色"] = ["PINK"], ["摆件"] = ["DECORATION", "ORNAMENT"], ["蜡烛"] = ["CANDLE"], ["tealight"] = ["T-LIGHT"],
        },
    };

    [Theory]
    [InlineData("那个白色的挂着的爱心小烛台 有没有差不多的", "85123A")]
    [InlineData("红底波点那个超大购物袋 还有类似的吗", "85099B")]
    [InlineData("anything similar to the hanging heart tealight holder in red?", "21733")]
    [InlineData("my mum loves her jumbo bag red retrospot, got anything similar?", "85099B")]
    public void Finds_a_product_described_in_the_shoppers_own_words(string text, string code)
    {
        Assert.Equal(code, GiftRequestReader.Read(text, Described).SimilarTo);
    }

    [Fact]
    public void A_budget_after_the_product_named_still_counts()
    {
        var said = GiftRequestReader.Read("something like the jumbo bag red retrospot? under 40", Described);
        Assert.Equal("85099B", said.SimilarTo);
        Assert.Equal(40m, said.MaxPriceRmb);
    }

    [Theory]
    [InlineData("玻璃的不要 怕碎", "GLASS")]
    [InlineData("给男同事买 粉色的千万别", "PINK")]
    [InlineData("她不喜欢蜡烛那些，别推这类哈", "CANDLE")]
    public void Leaves_out_what_the_shopper_describes(string text, string word)
    {
        var said = GiftRequestReader.Read(text, Described);
        Assert.Contains(word, said.ExcludedWords);
        // "别推这类" leaves the kind out; it asks for nothing like it.
        Assert.Null(said.SimilarTo);
    }

    [Fact]
    public void Too_general_a_word_is_not_left_out()
    {
        Assert.DoesNotContain("DECORATION", GiftRequestReader.Read("不要太大的摆件", Described).ExcludedWords);
    }

    [Fact]
    public void I_would_like_is_not_something_like()
    {
        Assert.Null(Read("I'd like a gift under 50").SimilarTo);
    }

    [Theory]
    [InlineData("what goes with this?", "")]
    [InlineData("what goes well with the jumbo bag red retrospot", "85099B")]
    [InlineData("这个配什么好", "")]
    public void Reads_what_goes_with_a_card_or_a_named_product(string text, string code)
    {
        Assert.Equal(code, Read(text).GoesWith);
    }

    [Theory]
    [InlineData("便宜点的", true, false)]
    [InlineData("太贵了", true, false)]
    [InlineData("cheaper ones?", true, false)]
    [InlineData("too expensive", true, false)]
    [InlineData("换一批", false, true)]
    [InlineData("还有别的吗", false, true)]
    [InlineData("show me others", false, true)]
    [InlineData("something different", false, true)]
    public void Reads_refinements(string text, bool cheaper, bool others)
    {
        var said = Read(text);
        Assert.Equal(cheaper, said.Cheaper);
        Assert.Equal(others, said.Others);
        Assert.True(said.OnlyRefines);
        Assert.Null(said.MaxPriceRmb);
    }

    [Fact]
    public void A_new_budget_in_a_later_turn_only_refines()
    {
        var said = Read("under 50 instead");
        Assert.Equal(50m, said.MaxPriceRmb);
        Assert.True(said.OnlyRefines);
        Assert.True(Read("改成五十以内吧").OnlyRefines);
    }

    /// <summary>Kinds the gift lexicon does not know, as the catalogue's names end: three knobs, three doorstops, a lunch bag.</summary>
    private static readonly Catalogue Kinds = new(
    [
        .. Shop.Products,
        new Product("22772", "RED STRIPE CERAMIC DRAWER KNOB", 11.3m, "home", 120),
        new Product("22773", "BLUE SPOT CERAMIC DRAWER KNOB", 11.3m, "home", 110),
        new Product("22775", "RED SPOT CERAMIC DRAWER KNOB", 11.3m, "home", 100),
        new Product("22693", "OWL DOORSTOP", 74.6m, "home", 90),
        new Product("22692", "ROSE CARAVAN DOORSTOP", 60.8m, "home", 80),
        new Product("22694", "BLOND DOLL DOORSTOP", 11.3m, "toys", 20),
        new Product("20725", "LUNCH BAG RED RETROSPOT", 12.5m, "bags", 500),
    ], Shop.Categories)
    { NameWords = new Dictionary<string, string[]> { ["门挡"] = ["DOORSTOP"] } };

    [Theory]
    [InlineData("drawer knobs for an old dresser im doing up", "KNOB", "home")]
    [InlineData("any door stops? the heavy kind", "DOORSTOP", "home")]
    [InlineData("有没有好看的门挡", "DOORSTOP", "home")]
    public void Reads_a_kind_the_catalogues_names_end_in(string text, string word, string shelf)
    {
        var said = GiftRequestReader.Read(text, Kinds);
        Assert.Contains(shelf, said.CategoryIds);
        Assert.Equal([word], said.ThingWords);
        Assert.True(said.KindsFromNamesOnly);
        // A kind the lexicon knows is read as before.
        Assert.False(GiftRequestReader.Read("a mug for my mum", Kinds).KindsFromNamesOnly);
    }

    [Fact]
    public void A_word_that_ends_one_or_two_names_or_says_how_a_thing_looks_is_no_kind()
    {
        Assert.Empty(GiftRequestReader.Read("something red for my friend", Kinds).CategoryIds);
        Assert.Empty(GiftRequestReader.Read("a nice holder for her keys", Kinds).CategoryIds);
    }

    [Theory]
    [InlineData("耳环就算了 我没耳洞", "EARRING")]
    [InlineData("no necklaces this time", "NECKLACE")]
    [InlineData("no balloons, she hates the popping", "BALLOON")]
    public void Leaving_out_one_kind_of_a_shelf_keeps_the_shelf(string text, string word)
    {
        var said = Read(text);
        Assert.Contains(word, said.ExcludedWords);
        Assert.Empty(said.ExcludedCategoryIds);
        Assert.Contains("jewellery", Read("不要首饰").ExcludedCategoryIds);
    }

    [Fact]
    public void A_list_of_things_left_out_leaves_out_each()
    {
        var said = GiftRequestReader.Read("for my flatmate, no owls, roses or stripes pls", Kinds);
        Assert.Contains("OWL", said.ExcludedWords);
        Assert.Contains("ROSE", said.ExcludedWords);
        Assert.Contains("STRIPE", said.ExcludedWords);
    }

    [Fact]
    public void A_kind_of_a_thing_left_out_leaves_out_that_kind_only()
    {
        var said = GiftRequestReader.Read("not lunch bags tho", Kinds);
        Assert.Equal(["LUNCH"], said.ExcludedWords);
        Assert.Empty(said.ExcludedCategoryIds);
    }

    [Fact]
    public void No_more_than_is_a_most_and_no_least()
    {
        var said = Read("no more than 250 for a nice present");
        Assert.Equal(250m, said.MaxPriceRmb);
        Assert.Null(said.MinPriceRmb);
        Assert.DoesNotContain("PRESENT", said.ExcludedWords);
    }

    [Theory]
    [InlineData("他不喝茶，一百以内", "TEA")]
    [InlineData("she doesn't drink coffee, any ideas?", "COFFEE")]
    [InlineData("not a tea drinker tbh", "TEA")]
    public void A_drink_not_drunk_leaves_out_its_things(string text, string word) => Assert.Contains(word, Read(text).ExcludedWords);

    [Theory]
    [InlineData("actually it's for my dad", "dad")]
    [InlineData("哦不对 是给我爸", "dad")]
    public void A_corrected_recipient_only_refines(string text, string recipient)
    {
        var said = Read(text);
        Assert.True(said.Corrects);
        Assert.Equal(recipient, said.Recipient);
        Assert.True(said.OnlyRefines);
    }

    [Fact]
    public void A_new_recipient_without_a_correction_is_a_new_request() => Assert.False(Read("now something for my dad").OnlyRefines);

    [Theory]
    [InlineData("something nicer?")]
    [InlineData("有没有更好看点的 贵点没关系")]
    public void Nicer_asks_for_other_cards(string text) => Assert.True(Read(text).Others);

    [Theory]
    [InlineData("杯子不要", "CUP", null)]
    [InlineData("蜡烛不要，其他都行", "CANDLE", "lights")]
    [InlineData("耳环不要 想要项链", "EARRING", null)]
    public void A_thing_before_buyao_is_left_out_not_asked_for(string text, string word, string? shelf)
    {
        var said = Read(text);
        Assert.Contains(word, said.ExcludedWords);
        Assert.DoesNotContain(word, said.ThingWords);
        if (shelf is not null) Assert.Contains(shelf, said.ExcludedCategoryIds);
    }

    [Fact]
    public void What_is_asked_for_after_an_exclusion_is_not_left_out()
    {
        var said = Read("耳环不要 想要项链");
        Assert.Contains("NECKLACE", said.ThingWords);
        Assert.DoesNotContain("NECKLACE", said.ExcludedWords);
    }

    [Fact]
    public void A_kind_named_before_nazhong_buyao_is_no_product_to_be_like() => Assert.Null(Read("想看看包包 不过午餐袋那种不要哈").SimilarTo);

    [Fact]
    public void An_exclusion_after_the_product_named_for_similar_items_is_read()
    {
        var said = Read("something like the white hanging heart t-light holder but no hearts, not that exact one");
        Assert.Equal("85123A", said.SimilarTo);
        Assert.Contains("HEART", said.ExcludedWords);
        Assert.DoesNotContain("ONE", said.ExcludedWords);
    }

    [Theory]
    [InlineData("男同事 人超好 不过他从来不点蜡烛的哈", "CANDLE")]
    [InlineData("my sister's cat knocks over everything so she doesn't do candles anymore", "CANDLE")]
    [InlineData("she already has tons of jewellery tbh", "NECKLACE")]
    [InlineData("她桌上杯子一大堆了 换点别的吧", "MUG")]
    [InlineData("he doesnt really use bags", "BAG")]
    [InlineData("她不喝咖啡 也不怎么背包", "BAG")]
    [InlineData("nah they've got mugs, maybe something for the garden", "MUG")]
    [InlineData("not another notebook, everyone gets her notebooks", "NOTEBOOK")]
    [InlineData("他喜欢下厨。别送围裙啊，他有好几条了", "APRON")]
    [InlineData("show me some kitchen gifts, i can't stand mugs", "MUG")]
    public void What_the_recipient_never_uses_or_has_plenty_of_is_left_out(string text, string word)
    {
        var said = Read(text);
        Assert.Contains(word, said.ExcludedWords);
        Assert.DoesNotContain(word, said.ThingWords);
    }

    [Theory]
    [InlineData("he doesn't use it anymore, can I return it")]
    [InlineData("she's got a new flat")]
    [InlineData("不用了谢谢")]
    public void Habits_and_possessions_that_name_no_thing_leave_nothing_out(string text) => Assert.False(Read(text).LeavesOut);

    [Theory]
    [InlineData("太素了 有没有花哨一点的")]
    [InlineData("too girly, it's for a guy")]
    public void A_list_found_too_plain_or_too_girly_asks_for_others(string text) => Assert.True(Read(text).Others);

    [Theory]
    [InlineData("a nice brolly for my dad? he's always getting soaked", "UMBRELLA", null)]
    [InlineData("gift for a colleague's leaving do, thinking a teapot?", "TEAPOT", "CAKE")]
    public void A_kind_named_asks_for_its_own_things(string text, string word, string? not)
    {
        var said = Read(text);
        Assert.Contains(word, said.ThingWords);
        if (not is not null) Assert.DoesNotContain(not, said.ThingWords);
    }
}
