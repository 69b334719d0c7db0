namespace ShopAssistant.Understanding.Tests;

/// <summary>Each handbook H3 trigger family in both languages, and ordinary questions that must not raise them.</summary>
[Collection(UnderstandingCollection.Name)]
public class MoodTests(UnderstandingFixture fixture)
{
    private ShopperMood Mood(string text) => fixture.Understanding.Understand(text).Mood;

    [Theory]
    [InlineData("你们是不是傻逼")]
    [InlineData("什么废物客服")]
    [InlineData("you stupid bot")]
    [InlineData("this is fucking ridiculous")]
    public void Abuse(string text)
    {
        var mood = Mood(text);
        Assert.True(mood.Abusive);
        Assert.True(mood.Negativity >= 0.5, $"{mood.Negativity}");
    }

    [Theory]
    [InlineData("我要投诉")]
    [InlineData("再不处理我就打12315")]
    [InlineData("给你们差评")]
    [InlineData("我去工商告你们")]
    [InlineData("I'll report you to the platform")]
    [InlineData("I'm leaving a bad review")]
    [InlineData("I want to file a complaint")]
    public void Complaint_threats(string text) => Assert.True(Mood(text).ThreatensComplaint);

    [Theory]
    [InlineData("杯子碎了把手划伤了")]
    [InlineData("灯串插上电就着火了")]
    [InlineData("吃了你们的饼干食物中毒")]
    [InlineData("用了之后皮肤过敏")]
    [InlineData("my son got injured by the broken glass")]
    [InlineData("the fairy lights caught fire")]
    [InlineData("I burned my hand on the lantern")]
    [InlineData("the cookies gave us food poisoning")]
    public void Safety(string text) => Assert.True(Mood(text).Safety);

    [Theory]
    [InlineData("我要找律师")]
    [InlineData("我要起诉你们")]
    [InlineData("法院见")]
    [InlineData("my lawyer will contact you")]
    [InlineData("I will sue you")]
    [InlineData("see you in court")]
    public void Legal(string text) => Assert.True(Mood(text).Legal);

    [Theory]
    [InlineData("转人工")]
    [InlineData("人工客服在吗")]
    [InlineData("我要找真人")]
    [InlineData("talk to a human")]
    [InlineData("I want a real person")]
    [InlineData("get me an agent")]
    public void Asks_for_a_human(string text) => Assert.True(Mood(text).AsksForHuman);

    [Theory]
    [InlineData("没用")]
    [InlineData("还是没解决")]
    [InlineData("答非所问")]
    [InlineData("that's not helpful")]
    [InlineData("useless answer")]
    [InlineData("that didn't help")]
    public void Says_the_answer_did_not_help(string text) => Assert.True(Mood(text).SaysNotHelpful);

    [Theory]
    [InlineData("这是我第三次来问了")]
    [InlineData("问了三遍还是答非所问")]
    [InlineData("your bot keeps misunderstanding me")]
    [InlineData("this is the third time I'm asking")]
    public void Says_the_bot_failed_more_than_once(string text) => Assert.True(Mood(text).SaysFailedAgain);

    [Theory]
    [InlineData("第三次回购了，还是很喜欢")]
    [InlineData("can you keep it until friday?")]
    public void Coming_back_is_not_a_failure(string text) => Assert.False(Mood(text).SaysFailedAgain);

    [Theory]
    [InlineData("I want to return a broken candle holder")]
    [InlineData("where is my order 536365?")]
    [InlineData("can the candle burn for 4 hours?")]
    [InlineData("我想退货，还没用过")]
    [InlineData("优惠券没用上怎么办")]
    [InlineData("能开公司发票吗")]
    [InlineData("送妈妈的礼物推荐一下")]
    [InlineData("用工商银行的卡能付款吗")]
    [InlineData("买完降价了能退差价吗")]
    [InlineData("tell me a joke")]
    [InlineData("the lights are not working")]
    [InlineData("你好，在吗")]
    [InlineData("thanks, that helped a lot")]
    [InlineData("is it legal to post candles?")]
    [InlineData("操作一下取消订单")]
    [InlineData("refund me pls, didn't like the colour")] // a refund is not compensation beyond it (R8)
    [InlineData("can you reimburse me for the mug, I don't need it")]
    public void Ordinary_messages_raise_no_flag(string text)
    {
        var mood = Mood(text);
        Assert.False(mood.Abusive, "abusive");
        Assert.False(mood.ThreatensComplaint, "complaint");
        Assert.False(mood.Safety, "safety");
        Assert.False(mood.Legal, "legal");
        Assert.False(mood.AsksForHuman, "human");
        Assert.False(mood.SaysNotHelpful, "not helpful");
        Assert.False(mood.ClaimsCompensation, "compensation");
        Assert.True(mood.Negativity < 0.3, $"negativity {mood.Negativity}");
    }

    [Fact]
    public void Anger_scores_higher_than_a_calm_question()
    {
        var angry = Mood("你们太差劲了！！气死我了 骗子店").Negativity;
        var calm = Mood("请问什么时候发货").Negativity;
        Assert.True(angry >= 0.7, $"{angry}");
        Assert.Equal(0, calm);
    }

    [Fact]
    public void Shouting_counts_a_little() => Assert.True(Mood("WHERE IS MY ORDER").Negativity > 0);
}
