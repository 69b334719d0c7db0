using ShopAssistant.Assistant.Orchestration;
using ShopAssistant.Domain.Conversations;
using ShopAssistant.Domain.Orders;

namespace ShopAssistant.Assistant.Tests;

/// <summary>Handbook H3: every trigger in both languages, safety first; ordinary questions stay with the bot.</summary>
public sealed class EscalationRulesTests
{
    [Theory]
    [InlineData("杯子碎了把我手割伤了，流血了", HandoffReasons.Safety)]
    [InlineData("the candle holder caught fire on my table", HandoffReasons.Safety)]
    [InlineData("孩子吃了你们的糖果之后食物中毒了", HandoffReasons.Safety)]
    [InlineData("我要找律师起诉你们", HandoffReasons.Legal)]
    [InlineData("I will take you to court over this", HandoffReasons.Legal)]
    [InlineData("你们这个垃圾客服，我要投诉到12315", HandoffReasons.AngryOrComplaint)]
    [InlineData("you idiots, I am going to file a complaint", HandoffReasons.AngryOrComplaint)]
    [InlineData("再不处理我就给差评", HandoffReasons.AngryOrComplaint)]
    [InlineData("包裹晚到了，你们必须赔偿我", HandoffReasons.Compensation)]
    [InlineData("I want compensation for the delay", HandoffReasons.Compensation)]
    [InlineData("退我500元，马上", HandoffReasons.Compensation)]
    [InlineData("refund me ¥500 now", HandoffReasons.Compensation)]
    [InlineData("收到的花瓶碎了，我拍了照片", HandoffReasons.DamagedGoods)]
    [InlineData("the mug arrived broken, I have photos", HandoffReasons.DamagedGoods)]
    [InlineData("杯子碎了 附图", HandoffReasons.DamagedGoods)]
    [InlineData("lamp arrived smashed, pics below", HandoffReasons.DamagedGoods)]
    [InlineData("你们发错货了，少了两个配件，照片发你了", HandoffReasons.DamagedGoods)]
    [InlineData("我的快递物流三天没更新了", HandoffReasons.StalledParcel)]
    [InlineData("my parcel hasn't moved for days", HandoffReasons.StalledParcel)]
    [InlineData("我们公司需要开增值税专用发票", HandoffReasons.SpecialInvoice)]
    [InlineData("can I get a special VAT invoice for my company", HandoffReasons.SpecialInvoice)]
    [InlineData("转人工", HandoffReasons.ShopperRequest)]
    [InlineData("我要人工客服", HandoffReasons.ShopperRequest)]
    [InlineData("I want to talk to a real person", HandoffReasons.ShopperRequest)]
    [InlineData("human please", HandoffReasons.ShopperRequest)]
    [InlineData("吃了你们的饼干上吐下泻", HandoffReasons.Safety)]
    [InlineData("you should give me something for the delay", HandoffReasons.Compensation)]
    [InlineData("这套餐具260块，收到就碎了一个", HandoffReasons.Compensation)]
    [InlineData("the tea set was ¥320 and two cups arrived cracked", HandoffReasons.Compensation)]
    [InlineData("I will dispute this payment with alipay", HandoffReasons.AngryOrComplaint)]
    [InlineData("I've been charged twice and nobody is fixing it, this is theft", HandoffReasons.AngryOrComplaint)]
    [InlineData("上周三发货到今天物流都没动", HandoffReasons.StalledParcel)]
    [InlineData("my parcel hasn't moved for 2 weeks", HandoffReasons.StalledParcel)]
    [InlineData("我的快递在转运中心趴了4天了", HandoffReasons.StalledParcel)]
    [InlineData("物流最后一条是15号的，现在都19号了", HandoffReasons.StalledParcel)]
    [InlineData("the parcel sat at the Wuhan hub from 2 Dec to 6 Dec with zero updates", HandoffReasons.StalledParcel)]
    [InlineData("your bot keeps misunderstanding me", HandoffReasons.BotFailedTwice)]
    [InlineData("the plug started to smell like burning", HandoffReasons.Safety)]
    [InlineData("the glue smells toxic and my kid got a headache", HandoffReasons.Safety)]
    [InlineData("叫你们老板出来", HandoffReasons.ShopperRequest)]
    [InlineData("we need an invoice our company can deduct vat with", HandoffReasons.SpecialInvoice)]
    [InlineData("财务说普通电子发票不行，要能抵税的那种", HandoffReasons.SpecialInvoice)]
    [InlineData("where do I register a complaint about the courier?", HandoffReasons.AngryOrComplaint)]
    [InlineData("gonna film an unboxing for tiktok so everyone sees this", HandoffReasons.AngryOrComplaint)]
    [InlineData("twitter would have a field day with your packaging", HandoffReasons.AngryOrComplaint)]
    [InlineData("accounts say the normal e-invoice won't do, they need the deductible kind", HandoffReasons.SpecialInvoice)]
    [InlineData("宝宝把蜡烛上的小珠子吞了一颗", HandoffReasons.Safety)]
    [InlineData("退款一个礼拜了还没到，钱被你们吞了？", HandoffReasons.AngryOrComplaint)]
    [InlineData("at least refund the shipping for my trouble", HandoffReasons.Compensation)]
    [InlineData("the toy's battery cover came off and my toddler had the battery in his mouth", HandoffReasons.Safety)]
    [InlineData("蜡烛点着以后火苗窜得很高，把窗帘燎了", HandoffReasons.Safety)]
    [InlineData("快递显示签收了但我没收到", HandoffReasons.StalledParcel)]
    [InlineData("I'll be contacting my credit card company about this", HandoffReasons.AngryOrComplaint)]
    [InlineData("What are your customer service hours? I need to speak with someone.", HandoffReasons.ShopperRequest)]
    [InlineData("人工客服几点上班？我现在就要人工", HandoffReasons.ShopperRequest)]
    [InlineData("i'm such an idiot for trusting you people", HandoffReasons.AngryOrComplaint)]
    [InlineData("退款500元怎么还没到，你们必须赔偿我", HandoffReasons.Compensation)]
    [InlineData("每次都这样敷衍", HandoffReasons.AngryOrComplaint)]
    [InlineData("thanks for nothing", HandoffReasons.AngryOrComplaint)]
    [InlineData("stop sending me the same copy-paste reply", HandoffReasons.AngryOrComplaint)]
    [InlineData("再这样我就发小红书曝光你们", HandoffReasons.AngryOrComplaint)]
    [InlineData("i'll warn everyone on social media about this shop", HandoffReasons.AngryOrComplaint)]
    [InlineData("这明显是高仿，不是正品", HandoffReasons.Legal)]
    [InlineData("this is clearly a knock-off", HandoffReasons.Legal)]
    [InlineData("台灯插上电冒火星，把我手划了个大口子", HandoffReasons.Safety)]
    [InlineData("there's mould all over the biscuits", HandoffReasons.Safety)]
    [InlineData("包裹一个礼拜了物流纹丝不动", HandoffReasons.StalledParcel)]
    [InlineData("说了半天没解决，换个能办事的来", HandoffReasons.ShopperRequest)]
    [InlineData("快递从周一到现在周四一直在同一个地方", HandoffReasons.StalledParcel)]
    [InlineData("tracking shows the same scan since the 3rd and today's the 7th", HandoffReasons.StalledParcel)]
    [InlineData("台灯插上电手被电了一下", HandoffReasons.Safety)]
    [InlineData("felt nauseous after drinking the tea", HandoffReasons.Safety)]
    public async Task Each_trigger_hands_over_with_its_reason(string text, string reason)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());

        Assert.True(reply.Metadata.Handoff, reply.Text);
        Assert.Equal(reason, reply.Metadata.HandoffReason);
        Assert.Equal("offline", reply.Metadata.Policy);
    }

    [Theory]
    [InlineData("人工客服几点上班")]
    [InlineData("what are your customer service hours?")]
    public async Task A_question_about_the_agents_hours_is_answered(string text)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());
        Assert.False(reply.Metadata.Handoff, reply.Text);
        Assert.Equal(Intents.HumanAgent, reply.Metadata.Intent);
        Assert.Contains("9:00", reply.Text);
    }

    [Theory]
    [InlineData("Your agent was rude to me yesterday and I want to report it.")]
    [InlineData("Is it possible to escalate my complaint to a manager?")]
    public async Task A_complaint_that_asks_for_a_person_is_handed_over_as_a_complaint(string text)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());
        Assert.True(reply.Metadata.Handoff, reply.Text);
        Assert.Equal(Intents.Complaint, reply.Metadata.Intent);
    }

    [Theory]
    [InlineData("我要找你们领导")]
    [InlineData("i want whoever is in charge of this shop")]
    public async Task Asking_for_someone_in_charge_is_a_request_for_a_person(string text)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());
        Assert.True(reply.Metadata.Handoff, reply.Text);
        Assert.Equal(HandoffReasons.ShopperRequest, reply.Metadata.HandoffReason);
        Assert.Equal(Intents.HumanAgent, reply.Metadata.Intent);
    }

    /// <summary>H3.5 told as what happened to someone, in words the first lexicon did not list.</summary>
    [Theory]
    [InlineData("相框的玻璃边太锋利，我女儿拿的时候手指割开了，一直出血")]
    [InlineData("书立的角把我儿子眉骨磕破了，去医院缝了两针")]
    [InlineData("充电暖手宝鼓包了，还有噼啪的声音")]
    [InlineData("the tray's edge sliced my thumb open")]
    [InlineData("the shelf bracket gave way and the mirror hit my head")]
    [InlineData("the biscuits have fuzzy white spots all over them")]
    public async Task Harm_told_as_a_story_goes_to_the_front_of_the_queue(string text)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());
        Assert.True(reply.Metadata.Handoff, reply.Text);
        Assert.Equal(HandoffReasons.Safety, reply.Metadata.HandoffReason);
    }

    /// <summary>Using a thing safely, with nothing having happened, is a question about the product: no one is handed over.</summary>
    [Theory]
    [InlineData("这款香薰蜡烛点的时候要注意什么，怕引起火灾")]
    [InlineData("any tips so the tealights don't set the shelf on fire? don't want to risk it")]
    public async Task A_safety_precaution_is_no_harm_report(string text)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());
        Assert.False(reply.Metadata.Handoff, reply.Text);
    }

    [Theory]
    [InlineData("我要投诉，杯子炸了把我烫伤了")]
    [InlineData("you idiots, the lamp caught fire and I'll sue you")]
    public async Task Safety_wins_over_every_other_trigger(string text)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());
        Assert.Equal(HandoffReasons.Safety, reply.Metadata.HandoffReason);
        Assert.Equal(0, HandoffReasons.PriorityOf(reply.Metadata.HandoffReason!));
    }

    [Fact]
    public async Task A_stalled_parcel_in_the_order_data_hands_over_when_its_shopper_asks()
    {
        var stalled = TestShop.Data.Customers
            .SelectMany(c => TestShop.Data.OrdersOf(c.Id).Take(5))
            .First(o => TestShop.Data.Track(o).Status == ShipmentStatus.Stalled);

        var reply = await TestShop.Offline.SayAsync($"where is order {stalled.OrderNo}", TestShop.Greeted(), stalled.CustomerId.ToString());

        Assert.True(reply.Metadata.Handoff);
        Assert.Equal(HandoffReasons.StalledParcel, reply.Metadata.HandoffReason);
        Assert.Contains(stalled.OrderNo.ToString(), reply.Text);
    }

    [Theory]
    [InlineData("asdf qwer", "xyzzy plugh")]
    [InlineData("asdf qwer", "that didn't help")]
    [InlineData("asdf qwer", "没用，答非所问")]
    public async Task Two_failed_answers_in_a_row_hand_over(string first, string second)
    {
        var memory = TestShop.Greeted();
        var unsure = await TestShop.Offline.SayAsync(first, memory);
        Assert.False(unsure.Metadata.Handoff);
        Assert.Equal(1, memory.ConsecutiveFailures);

        var reply = await TestShop.Offline.SayAsync(second, memory);

        Assert.True(reply.Metadata.Handoff, reply.Text);
        Assert.Equal(HandoffReasons.BotFailedTwice, reply.Metadata.HandoffReason);
        Assert.Equal(0, memory.ConsecutiveFailures);
    }

    [Fact]
    public async Task A_good_answer_between_two_failures_resets_the_count()
    {
        var memory = TestShop.Greeted();
        await TestShop.Offline.SayAsync("asdf qwer", memory);
        await TestShop.Offline.SayAsync("how much is shipping", memory);
        var reply = await TestShop.Offline.SayAsync("xyzzy plugh", memory);

        Assert.False(reply.Metadata.Handoff);
        Assert.Equal(1, memory.ConsecutiveFailures);
    }

    [Theory]
    [InlineData("运费怎么算")]
    [InlineData("how much is shipping")]
    [InlineData("what is your return policy")]
    [InlineData("可以开电子发票吗")]
    [InlineData("can I pay with huabei")]
    [InlineData("推荐个圣诞礼物")]
    [InlineData("你好")]
    [InlineData("thanks!")]
    [InlineData("退货运费谁出")]
    [InlineData("how long does delivery take to Beijing")]
    [InlineData("what if my item arrives damaged?")]
    [InlineData("如果收到的东西坏了怎么办")]
    [InlineData("退款要等人工审核吗")]
    [InlineData("if I've burned the candle once can I still send it back?")]
    [InlineData("会员有什么优惠")]
    [InlineData("do you ship to Hong Kong")]
    [InlineData("订单发货后还能改地址吗")]
    [InlineData("are you human?")]
    [InlineData("我的订单到哪了")]
    [InlineData("where is order 536367")]
    // H3.4: damaged goods go to a person with their photos; a report without them is answered with R4 first.
    [InlineData("你们发错货了，少了两个配件")]
    [InlineData("the mug arrived broken")]
    [InlineData("收到的杯子碎了，需要拍照吗")]
    [InlineData("收到的东西和图片不一样，发错货了")]
    [InlineData("the vase arrived cracked, do you need photos?")]
    // S8: stalled means three days without movement.
    [InlineData("物流两天没更新正常吗")]
    [InlineData("tracking hasn't updated for 2 days, is that normal?")]
    [InlineData("refund me pls, didn't like the colour")]
    [InlineData("黑猫摆件有货吗")]
    // H3.2 is anger: a mild remark is feedback the bot takes.
    [InlineData("a bit disappointed with the colour")]
    [InlineData("this is disappointing")]
    [InlineData("不太满意")]
    [InlineData("ugh this is taking forever")]
    // Products named like the words of a trigger.
    [InlineData("do you have the flames sunglasses?")]
    [InlineData("is the single flame candle holder in stock?")]
    [InlineData("你们有官方微博吗")]
    [InlineData("颜色比图片略深一点，能接受")]
    [InlineData("do you have the baking mould in stock?")]
    [InlineData("客服在吗")]
    [InlineData("订单580元，退款能退到花呗吗")]
    [InlineData("if i return my ¥300 order, where does the refund go?")]
    [InlineData("亲，人呢")]
    [InlineData("hi, is anyone there?")]
    [InlineData("气死我了，自己地址填错了，能改吗")]
    [InlineData("ugh i'm such an idiot, ordered the wrong size, can i exchange it?")]
    [InlineData("退款500元一般多久到账")]
    [InlineData("how long will my ¥480 refund take to show up?")]
    [InlineData("box was a bit squashed, item's fine though, not bothered")]
    [InlineData("it's been 5 days since delivery, can i return it")]
    [InlineData("签收5天了，物流信息还能查吗")]
    [InlineData("颜色比图片深一点，不过也还行")]
    [InlineData("尺寸比我想的小一点哈")]
    public async Task Ordinary_questions_do_not_hand_over(string text)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());
        Assert.False(reply.Metadata.Handoff, $"{reply.Metadata.HandoffReason}: {reply.Text}");
    }
}

/// <summary>H3 triggers without their obvious keywords, and ordinary questions that must stay with the bot.</summary>
public sealed class EscalationCompletenessTests
{
    [Theory]
    [InlineData("垃圾店，东西和图片完全不一样", HandoffReasons.AngryOrComplaint)]
    [InlineData("you rip-off artists sold me junk", HandoffReasons.AngryOrComplaint)]
    [InlineData("不给我解决我就给差评", HandoffReasons.AngryOrComplaint)]
    [InlineData("I'm going to report this shop to the consumer association", HandoffReasons.AngryOrComplaint)]
    [InlineData("用了你们的香薰之后全身起红疹", HandoffReasons.Safety)]
    [InlineData("my son cut his hand on the glass jar you sent", HandoffReasons.Safety)]
    [InlineData("吃了你们的饼干肚子疼了一晚上", HandoffReasons.Safety)]
    [InlineData("物流显示派送中已经三天了", HandoffReasons.StalledParcel)]
    [InlineData("tracking has said the same thing for 5 days", HandoffReasons.StalledParcel)]
    [InlineData("my parcel has been sitting in the same depot since monday", HandoffReasons.StalledParcel)]
    [InlineData("I demand you pay for my ruined tablecloth, compensate me", HandoffReasons.Compensation)]
    [InlineData("杯子收到就裂了，照片已经拍好了", HandoffReasons.DamagedGoods)]
    [InlineData("need a VAT special invoice for my company", HandoffReasons.SpecialInvoice)]
    [InlineData("我不想跟机器聊，有没有真的人", HandoffReasons.ShopperRequest)]
    [InlineData("can I chat with an actual human being please", HandoffReasons.ShopperRequest)]
    [InlineData("你们给我等着", HandoffReasons.AngryOrComplaint)]
    [InlineData("you will be hearing from me", HandoffReasons.AngryOrComplaint)]
    [InlineData("退款一直不到账，你们是不是想赖账", HandoffReasons.AngryOrComplaint)]
    [InlineData("you're just keeping my money aren't you", HandoffReasons.AngryOrComplaint)]
    [InlineData("i'm sick of talking to a machine", HandoffReasons.ShopperRequest)]
    [InlineData("i want someone senior who can actually make a decision", HandoffReasons.ShopperRequest)]
    [InlineData("叫你们经理来", HandoffReasons.ShopperRequest)]
    [InlineData("这个三百八的台灯收到就是坏的", HandoffReasons.Compensation)]
    [InlineData("单号一直显示已揽收，都第三天了", HandoffReasons.StalledParcel)]
    [InlineData("一周了物流还是那一条", HandoffReasons.StalledParcel)]
    [InlineData("my parcel's been at the depot four days", HandoffReasons.StalledParcel)]
    [InlineData("我要把聊天记录截图发到网上", HandoffReasons.AngryOrComplaint)]
    [InlineData("i'll share these screenshots on twitter", HandoffReasons.AngryOrComplaint)]
    [InlineData("耽误了我的事，损失谁负责", HandoffReasons.Compensation)]
    [InlineData("who's going to cover my losses here?", HandoffReasons.Compensation)]
    [InlineData("物流从周一显示到达中转场，今天都周四了还是这一条", HandoffReasons.StalledParcel)]
    [InlineData("last scan was on the 3rd, today is the 7th, nothing since", HandoffReasons.StalledParcel)]
    [InlineData("no new tracking update for the past 4 days", HandoffReasons.StalledParcel)]
    [InlineData("这事我会原原本本发到小红书上", HandoffReasons.AngryOrComplaint)]
    [InlineData("你们家的东西我是再也不敢买了，朋友们也别买了", HandoffReasons.AngryOrComplaint)]
    [InlineData("sort it today or i'm reversing the payment through my bank", HandoffReasons.AngryOrComplaint)]
    [InlineData("前面说包退，现在又说不退，到底谁在撒谎", HandoffReasons.AngryOrComplaint)]
    [InlineData("tracking says i signed for it. i didn't. someone on your end is lying", HandoffReasons.AngryOrComplaint)]
    [InlineData("the handle snapped off with hot tea in it, my leg is blistered", HandoffReasons.Safety)]
    [InlineData("could one of your colleagues give me a ring, it's easier to explain by phone", HandoffReasons.ShopperRequest)]
    [InlineData("need a company invoice that works for VAT credit", HandoffReasons.SpecialInvoice)]
    [InlineData("快递在武汉中转站，周二到今天周六都没挪窝", HandoffReasons.StalledParcel)]
    [InlineData("退款说好48小时，你们这是按火星时间算的吧", HandoffReasons.AngryOrComplaint)]
    [InlineData("周四才到，婚礼都过完了，时间掐得可真准", HandoffReasons.AngryOrComplaint)]
    [InlineData("fourteen emails this week and not a single reply. truly impressive", HandoffReasons.AngryOrComplaint)]
    [InlineData("\"dispatched in 48 hours\" - must be 48 hours on another planet", HandoffReasons.AngryOrComplaint)]
    [InlineData("the cake stand turned up after the party. really nailed it", HandoffReasons.AngryOrComplaint)]
    [InlineData("still no refund, not that anyone over there cares", HandoffReasons.AngryOrComplaint)]
    public async Task Hands_over_without_the_keyword(string text, string reason)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());
        Assert.True(reply.Metadata.Handoff, text);
        Assert.Equal(reason, reply.Metadata.HandoffReason);
    }

    [Theory]
    [InlineData("物流停滞了一般怎么处理")]
    [InlineData("有运费险吗？能赔多少")]
    [InlineData("the lights are not working? how do I return a set")]
    [InlineData("i spent ¥3,500 with you this year, what level am i")]
    [InlineData("送领导的礼物有推荐吗")]
    [InlineData("优惠券过期了还能用吗")]
    [InlineData("is this candle safe for kids")]
    [InlineData("节假日也有人工吗")]
    [InlineData("tracking hasn't updated since yesterday, is that normal?")]
    [InlineData("昨天发的货今天还没更新物流")]
    [InlineData("are you on instagram?")]
    [InlineData("can i share a photo of my new mug on instagram and tag you?")]
    [InlineData("杯子太好看了，已经晒到朋友圈了")]
    [InlineData("你们客服是真人还是机器人呀，好奇问问")]
    [InlineData("just curious, am i chatting with a bot or a person")]
    [InlineData("上次的客服小姐姐太耐心了，给你们点个赞，谢谢")]
    [InlineData("nah I'm good without an agent, what's the price protection window")]
    [InlineData("ugh im such an idiot, put my old address on the order, can you change it")]
    [InlineData("got burnt by another seller last month so im wary, whats your return window")]
    [InlineData("hypothetically if the vase arrives cracked, who pays the return shipping")]
    [InlineData("10号到11号物流没变化，是正常的吧")]
    public async Task Ordinary_questions_stay_with_the_bot(string text)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());
        Assert.False(reply.Metadata.Handoff, $"{text} → {reply.Metadata.HandoffReason}");
    }

    [Theory]
    [InlineData("where's my parcel? tracking shows the Wuhan hub", "been there since the 2nd, and today's the 6th")]
    [InlineData("我的快递到哪了", "显示在杭州分拨中心，三号到现在都没动，今天七号了")]
    [InlineData("where's my parcel", "tracking says it left Suzhou. that was four days ago, nothing since")]
    public async Task Days_without_movement_after_an_order_question_are_a_stalled_parcel(string first, string second)
    {
        var reply = await TestShop.ConverseAsync(first, second);
        Assert.True(reply.Metadata.Handoff, second);
        Assert.Equal(HandoffReasons.StalledParcel, reply.Metadata.HandoffReason);
        Assert.Equal(Intents.OrderStatus, reply.Metadata.Intent);
    }

    [Theory]
    [InlineData("how do i use my coupon?", "that didn't help", "still not helpful, same problem")]
    [InlineData("发票怎么开", "这回答没帮到我", "还是没用啊")]
    [InlineData("特价的能退吗", "没看懂", "说了跟没说一样")]
    public async Task Two_unhelpful_answers_hand_over_and_stay_on_the_topic(string first, string second, string third)
    {
        var memory = TestShop.Greeted();
        var intent = (await TestShop.Offline.SayAsync(first, memory)).Metadata.Intent;
        var reply = await TestShop.Offline.SayAsync(second, memory);
        if (!reply.Metadata.Handoff) reply = await TestShop.Offline.SayAsync(third, memory);
        Assert.True(reply.Metadata.Handoff);
        Assert.Equal(HandoffReasons.BotFailedTwice, reply.Metadata.HandoffReason);
        Assert.Equal(intent, reply.Metadata.Intent);
    }

    [Theory]
    [InlineData("如果快递丢了你们会赔偿吗", "¥200")]
    [InlineData("do you pay compensation for late deliveries?", "¥200")]
    public async Task A_question_about_compensation_states_R8_without_handing_over(string text, string fact)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());
        Assert.False(reply.Metadata.Handoff, reply.Text);
        Assert.Contains(fact, reply.Text);
        Assert.False(HandoffPromise.Promises(reply.Text)); // it offers a person; it does not claim to be handing over
    }

    [Theory]
    [InlineData("the lamp flickers", "tried another bulb, same thing", "i've got a video of it", HandoffReasons.DamagedGoods)]
    [InlineData("这个灯怎么不亮", "换了插座也不亮", "368块就这质量？", HandoffReasons.Compensation)]
    [InlineData("how do I report a problem", "the glass set came with one tumbler missing", "the set was ¥420", HandoffReasons.Compensation)]
    public async Task Photos_or_a_large_sum_later_in_the_conversation_belong_to_the_damage_reported_earlier(string first, string second, string third, string reason)
    {
        var memory = TestShop.Greeted();
        Assert.False((await TestShop.Offline.SayAsync(first, memory)).Metadata.Handoff);
        Assert.False((await TestShop.Offline.SayAsync(second, memory)).Metadata.Handoff);

        var reply = await TestShop.Offline.SayAsync(third, memory);

        Assert.True(reply.Metadata.Handoff, reply.Text);
        Assert.Equal(reason, reply.Metadata.HandoffReason);
        Assert.Equal(Intents.QualityIssue, reply.Metadata.Intent); // a faulty item, whatever the sum
    }

    [Fact]
    public async Task Two_answers_that_did_not_help_hand_over_about_what_was_asked_when_the_first_failed()
    {
        var memory = TestShop.Greeted();
        await TestShop.Offline.SayAsync("how much is shipping to beijing?", memory);
        var first = await TestShop.Offline.SayAsync("that's not what i was asking", memory);
        Assert.False(first.Metadata.Handoff);

        var second = await TestShop.Offline.SayAsync("still not helping", memory);

        Assert.True(second.Metadata.Handoff);
        Assert.Equal(HandoffReasons.BotFailedTwice, second.Metadata.HandoffReason);
        Assert.Equal(Intents.ShippingPolicy, second.Metadata.Intent);
    }
}

/// <summary>Questions the handbook does not answer, and rule words for a product service (O2).</summary>
public sealed class OutsideTheHandbookTests
{
    [Theory]
    [InlineData("能自提吗，我就在附近")]
    [InlineData("批发价怎么算，想买一百个")]
    [InlineData("do you do wholesale prices for 200 units")]
    [InlineData("can i pick it up in person")]
    public async Task What_the_handbook_does_not_say_is_not_answered_with_a_script(string text)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());
        Assert.False(reply.Metadata.Handoff, reply.Text);
        Assert.Equal(Intents.Other, reply.Metadata.Intent);
        Assert.Empty(reply.Metadata.Sources);
    }

    [Theory]
    [InlineData("礼品包装要加钱吗", "免费")]
    [InlineData("is gift wrapping free", "free")]
    public async Task Gift_wrap_questions_get_O2(string text, string fact)
    {
        var reply = await TestShop.Offline.SayAsync(text, TestShop.Greeted());
        Assert.Equal(Intents.ProductQuestion, reply.Metadata.Intent);
        Assert.Contains(fact, reply.Text, StringComparison.OrdinalIgnoreCase);
    }
}
