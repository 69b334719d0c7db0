using ShopAssistant.Domain.Conversations;

namespace ShopAssistant.Assistant.Tests;

/// <summary>
/// Issue 10, twelfth session: the hard H3 decisions — a person asked for urgently out of hours, photos the shopper already
/// has, harm described without a safety keyword, a parcel stalled between two stated days — beside their near-misses: asking
/// how long the wait would be, a what-if about damage, an allergy that only says what to leave out. Phrasings are written
/// here, never taken from an evaluation set.
/// </summary>
public sealed class HardHandoffDecisionsTests
{
    [Theory]
    [InlineData("客服几点上班啊 我等不了了 现在就要找人", Intents.HumanAgent)]
    [InlineData("what time do your staff start? i can't wait, i need someone", Intents.HumanAgent)]
    [InlineData("台灯底座裂了一条缝，照片我都拍好了", Intents.QualityIssue)]
    [InlineData("the lid snapped clean off, I filmed it when I opened the box", Intents.QualityIssue)]
    [InlineData("倒热水的时候杯子把手断了，手被烫起了水泡", Intents.QualityIssue)]
    [InlineData("the handle gave way and I scalded my hand", Intents.QualityIssue)]
    [InlineData("物流从8号以后就没再更新，今天12号了", Intents.OrderStatus)]
    [InlineData("no tracking update since the 4th and it's the 9th today", Intents.OrderStatus)]
    [InlineData("the parcel has been sitting in transit for over a week, not a single update", Intents.OrderStatus)]
    [InlineData("is anyone from your team around at this hour? need help with my order", Intents.HumanAgent)]
    [InlineData("you cut the price right after I paid, you basically ripped me off", Intents.Complaint)]
    [InlineData("the strap ripped off the first time I used the bag and I've got photos", Intents.QualityIssue)]
    // Stories no word list covers, handed over by the handoff judge (thirteenth session).
    [InlineData("那个铁艺挂钩没装稳，整个掉下来砸到我女儿额头，肿了个大包", Intents.QualityIssue)]
    [InlineData("the kettle lid popped off mid-boil and splashed my wrist, it's gone all red and blistery", Intents.QualityIssue)]
    [InlineData("honestly I'll just let everyone on my feed know how this went", Intents.Complaint)]
    [InlineData("厉害厉害，你们这服务我是服了", Intents.Complaint)]
    // Fourteenth session: illness in everyday words, and a late gift with a claim, neither of them a request for suggestions.
    [InlineData("my husband ate some of the toffee and has had stomach cramps all night", Intents.QualityIssue)]
    [InlineData("it was a wedding present and the wedding's over, I expect you to make that right financially", Intents.Complaint)]
    [InlineData("吃了你们的饼干，孩子一晚上都在跑厕所", Intents.QualityIssue)]
    [InlineData("the price fell the day after I paid, are you ripping people off on purpose?", Intents.Complaint)]
    [InlineData("就这服务，打一颗星都嫌多", Intents.Complaint)]
    [InlineData("we need the invoice showing the tax amount, it's for a deduction", Intents.Invoice)]
    public async Task Hands_over_when_the_handbook_says_so_without_its_keywords(string text, string intent)
    {
        var reply = await TestShop.ConverseAsync(text);
        Assert.True(reply.Metadata.Handoff, reply.Text);
        Assert.Equal(intent, reply.Metadata.Intent);
    }

    [Theory]
    [InlineData("如果我现在转人工，要排多久呀")]
    [InlineData("if i wanted a human right now how long is the queue usually")]
    [InlineData("my sister is allergic to scents so nothing scented for her please")]
    [InlineData("送闺蜜的 她对香味过敏 有香味的都不要")]
    [InlineData("there's a small chip on the rim, haven't taken any pictures yet, what do I do")]
    [InlineData("a little disappointed, it's smaller than it looked in the pics")]
    [InlineData("bought it on the 2nd of last month and the price fell on the 20th, can I get the difference")]
    [InlineData("差评我就不给了，就是快递有点慢")]
    [InlineData("not gonna leave a bad review, just pack it better next time")]
    [InlineData("wat time do ur staff clock in?")]
    [InlineData("快点嘛 我的快递啥时候发 等着送人呢")]
    [InlineData("刚才客服小姐姐说可以换个颜色，我要怎么操作")]
    [InlineData("the box got a small dent in it, contents fine though")]
    public async Task Near_misses_stay_with_the_bot(string text)
    {
        var reply = await TestShop.ConverseAsync(text);
        Assert.False(reply.Metadata.Handoff, reply.Text);
    }

    /// <summary>A fragment that leans on the conversation is no story, however the judge reads it alone.</summary>
    [Theory]
    [InlineData("how much is shipping?", "and Kunming?")]
    [InlineData("运费多少", "那昆明呢")]
    [InlineData("what do members get?", "and silver?")]
    public async Task Follow_up_fragments_stay_with_the_bot(string first, string then)
    {
        var reply = await TestShop.ConverseAsync(first, then);
        Assert.False(reply.Metadata.Handoff, reply.Text);
    }

    [Theory]
    [InlineData("万一到了发现摔坏了怎么办", "15")]
    [InlineData("what if the teapot turns up cracked?", "15")]
    public async Task A_what_if_about_damage_gets_the_rule_not_an_apology(string text, string fact)
    {
        var reply = await TestShop.ConverseAsync(text);
        Assert.False(reply.Metadata.Handoff, reply.Text);
        Assert.Equal(Intents.ReturnPolicy, reply.Metadata.Intent);
        Assert.Contains(fact, reply.Text);
        Assert.DoesNotContain("抱歉", reply.Text);
        Assert.DoesNotContain("sorry", reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("收到第二天就不想要了，能退不", Intents.ReturnPolicy)]
    [InlineData("退货已经寄到你们仓库了，我是银行卡付的，钱几天能回来", Intents.RefundStatus)]
    public async Task A_question_goes_to_the_rule_it_asks(string text, string intent)
    {
        var reply = await TestShop.ConverseAsync(text);
        Assert.False(reply.Metadata.Handoff, reply.Text);
        Assert.Equal(intent, reply.Metadata.Intent);
    }

    [Theory]
    [InlineData("how long do I have to report a defect?", "", "15")]
    [InlineData("what if my parcel arrives broken", "how long do I have to report it?", "15")]
    [InlineData("hello, a question about returns", "the cushion is unused, how many days do I get?", "7")]
    public async Task The_damage_rule_answers_damage_questions_and_only_those(string first, string then, string days)
    {
        var reply = then.Length == 0 ? await TestShop.ConverseAsync(first) : await TestShop.ConverseAsync(first, then);
        Assert.Equal(Intents.ReturnPolicy, reply.Metadata.Intent);
        Assert.Contains(days, reply.Text);
        Assert.Equal(days == "15", reply.Text.Contains("15 days", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_what_if_that_came_true_is_a_damage_report()
    {
        var reply = await TestShop.ConverseAsync("you said 'what if it arrives broken' - well it has, and I've got photos");
        Assert.True(reply.Metadata.Handoff, reply.Text);
        Assert.Equal(Intents.QualityIssue, reply.Metadata.Intent);
    }
}
