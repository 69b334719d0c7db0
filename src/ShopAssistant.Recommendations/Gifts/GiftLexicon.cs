namespace ShopAssistant.Recommendations.Gifts;

/// <summary>A kind of thing shoppers name: its shelf, their words for it (zh by substring, en by whole word) and the name stems it covers.</summary>
public sealed record GiftThing(string CategoryId, IReadOnlyList<string> Zh, IReadOnlyList<string> En, IReadOnlyList<string> Stems)
{
    /// <summary>The thing is the shelf ("no jewellery", "不要玩具"): leaving it out leaves out the shelf.</summary>
    public bool WholeShelf { get; init; }
}

/// <summary>Who a gift is for, or its occasion: the words that name it and how a card's reason says it.</summary>
public sealed record GiftRole(string Key, IReadOnlyList<string> Zh, IReadOnlyList<string> En, string SayZh, string SayEn)
{
    /// <summary>Shelves an occasion prefers (Christmas: the Christmas shelf first); never a restriction.</summary>
    public IReadOnlyList<string> PreferredCategories { get; init; } = [];
}

/// <summary>
/// The gift conversation's words: kinds of things (more specific than the shelves' aliases, so that "no candles" leaves out
/// candles and tea lights but "no mugs" keeps the rest of the kitchen shelf), recipients, occasions and styles.
/// </summary>
public static class GiftLexicon
{
    public static readonly IReadOnlyList<GiftThing> Things =
    [
        new("christmas", ["圣诞装饰", "圣诞挂件", "圣诞树", "圣诞摆件", "圣诞饰品", "圣诞用品", "圣诞的东西", "圣诞风", "圣诞元素", "挂饰", "彩球"],
            ["christmas decoration", "christmas decorations", "christmas ornament", "christmas ornaments", "christmas tree", "tree decoration", "tree decorations",
             "ornament", "ornaments", "bauble", "baubles", "advent", "christmassy", "xmas decorations", "xmas stuff", "christmas stuff", "festive"],
            ["CHRISTMAS", "XMAS", "ADVENT", "SANTA", "REINDEER", "SNOWFLAKE", "NATIVITY", "SNOWMAN", "BAUBLE", "TREE DECORATION"]) { WholeShelf = true },
        new("lights", ["蜡烛", "腊烛", "香薰蜡烛", "烛台", "香薰"], ["candle", "candles", "candel", "candels", "candle's", "tealight", "tealights", "tea light", "tea lights", "t-light", "t-lights", "candle holder", "candle holders", "scented candle"],
            ["CANDLE", "T-LIGHT", "TEALIGHT", "TLIGHT", "TEA LIGHT"]) { WholeShelf = true },
        new("lights", ["灯饰", "台灯", "灯笼", "小夜灯", "灯串", "彩灯", "灯"], ["lamp", "lamps", "lantern", "lanterns", "fairy lights", "string lights", "night light", "lights", "lighting"],
            ["LAMP", "LANTERN", "LIGHTS", "NIGHTLIGHT", "LIGHT"]) { WholeShelf = true },
        new("kitchen", ["马克杯", "咖啡杯"], ["mug", "mugs", "coffee mug"], ["MUG"]),
        new("kitchen", ["杯子", "茶杯", "水杯"], ["cup", "cups", "teacup", "teacups"], ["MUG", "CUP"]),
        new("kitchen", ["茶巾", "擦手巾", "围裙", "隔热手套", "花壶", "奶壶", "厨房秤", "电子秤"],
            ["tea towel", "tea towels", "apron", "aprons", "oven glove", "oven gloves", "jug", "jugs", "milk jug", "scales", "kitchen scales"],
            ["TEA TOWEL", "APRON", "OVEN GLOVE", "JUG", "SCALES"]),
        new("kitchen", ["热水袋", "暖水袋"], ["hot water bottle", "hot water bottles", "hottie"], ["HOT WATER BOTTLE"]),
        // A tea drinker's things: teapots, cups, cosies, caddies ("爱喝茶", "for her tea habit").
        new("kitchen", ["爱喝茶", "喝茶", "茶具", "泡茶", "下午茶"], ["tea lover", "tea drinker", "tea habit", "tea things", "tea stuff", "tea time", "afternoon tea", "tea party"], ["TEA", "CUP", "MUG"]),
        new("kitchen", ["盘子", "碗", "餐具", "厨房", "水瓶"],
            ["plate", "plates", "bowl", "bowls", "kitchen", "kitchenware", "dining", "tableware", "bottle"],
            ["PLATE", "BOWL", "TEAPOT", "BAKING", "CAKE"]),
        // A teapot or a baker's things asked for by name: those first, not the whole kitchen's.
        new("kitchen", ["茶壶"], ["teapot", "teapots", "tea set", "tea sets"], ["TEAPOT", "TEA SET"]),
        new("kitchen", ["烘焙", "蛋糕"], ["baking", "cake", "cakes", "baker"], ["BAKING", "CAKE"]),
        new("bags", ["包包", "袋子", "购物袋", "手提袋", "帆布包", "背包", "钱包", "手提包", "挎包", "挑个包", "买个包", "送个包", "收纳", "篮子"],
            ["bag", "bags", "tote", "totes", "backpack", "purse", "shopper bag", "storage", "basket", "baskets", "handbag"], ["BAG", "TOTE", "BACKPACK", "PURSE", "SHOPPER"]),
        // Jewellery as a whole, then its kinds: "耳环就算了" leaves out earrings, not the shelf the shopper is browsing.
        new("jewellery", ["首饰", "饰品"], ["jewellery", "jewelry"], ["NECKLACE", "EARRING", "BRACELET", "BROOCH"]) { WholeShelf = true },
        new("jewellery", ["项链", "吊坠"], ["necklace", "necklaces", "pendant", "pendants"], ["NECKLACE", "PENDANT"]),
        new("jewellery", ["耳环", "耳钉", "耳坠"], ["earrings", "earring", "studs"], ["EARRING"]),
        new("jewellery", ["手链", "手镯"], ["bracelet", "bracelets", "bangle", "bangles"], ["BRACELET", "BANGLE"]),
        new("jewellery", ["发饰", "发夹", "发卡", "发圈", "头饰"], ["hair clip", "hair clips", "hair slide", "hair accessories", "scrunchie", "scrunchies"], ["HAIR CLIP", "HAIRCLIP", "HAIR SLIDE", "HAIRSLIDE", "HAIR BAND", "HAIR TIE", "HAIR GRIP"]),
        new("jewellery", ["戒指", "胸针"], ["ring", "brooch", "brooches"], ["RING", "BROOCH"]),
        new("jewellery", ["雨伞", "伞"], ["umbrella", "umbrellas", "brolly", "brollies"], ["UMBRELLA"]),
        new("stationery", ["贺卡", "卡片", "包装纸", "礼品包装", "笔记本", "文具", "贴纸", "日历", "本子"],
            ["card", "cards", "greeting card", "wrapping paper", "gift wrap", "notebook", "notebooks", "stationery", "stickers", "calendar", "pen", "pens"],
            ["CARD", "WRAP", "NOTEBOOK", "STICKER"]),
        new("toys", ["玩具"], ["toy", "toys"], ["TOY", "JIGSAW", "PUZZLE", "DOLL"]) { WholeShelf = true },
        new("toys", ["拼图"], ["puzzle", "puzzles", "jigsaw", "jigsaws"], ["JIGSAW", "PUZZLE"]),
        new("toys", ["娃娃", "玩偶"], ["doll", "dolls"], ["DOLL"]),
        new("toys", ["游戏", "桌游"], ["game", "games"], ["GAME"]),
        new("garden", ["花园", "园艺", "花盆", "野餐", "户外", "花园摆件", "院子", "庭院"], ["garden", "gardening", "plant pot", "planter", "picnic", "outdoor", "gardener",
            "garden ornament", "garden ornaments", "garden decoration", "garden decorations", "patio ornaments"], ["GARDEN", "PLANTER", "PICNIC"]),
        new("party", ["派对用品", "派对"], ["party supplies", "party stuff", "party decorations"], ["PARTY", "BALLOON", "BUNTING"]) { WholeShelf = true },
        new("party", ["气球"], ["balloon", "balloons"], ["BALLOON"]),
        new("party", ["彩旗", "三角旗"], ["bunting"], ["BUNTING"]),
        new("home", ["风铃"], ["wind chime", "wind chimes", "chimes"], ["CHIME"]),
        new("home", ["卫生间", "浴室", "洗手间"], ["bathroom", "bathrooms", "loo"], ["BATHROOM", "BATH", "SOAP", "TOWEL", "WASHBAG"]),
        new("home", ["相框", "挂钟", "闹钟", "钟", "镜子", "靠垫", "抱枕", "门垫", "地垫", "摆件", "家居装饰", "装饰品"],
            ["photo frame", "picture frame", "frame", "frames", "clock", "clocks", "alarm clock", "mirror", "cushion", "cushions", "doormat", "doormats", "door mat", "home decor", "decor", "ornament for the home"],
            ["FRAME", "CLOCK", "MIRROR", "CUSHION", "DOORMAT"]),
    ];

    public static readonly IReadOnlyList<GiftRole> Recipients =
    [
        new("mum", ["妈妈", "老妈", "母亲", "我妈", "妈咪", "婆婆", "岳母"], ["mum", "mom", "mother", "mummy", "mommy", "mam", "mother-in-law"], "送妈妈", "for mum"),
        new("dad", ["爸爸", "老爸", "父亲", "我爸", "公公", "岳父"], ["dad", "father", "daddy", "father-in-law"], "送爸爸", "for dad"),
        new("grandparent", ["奶奶", "外婆", "姥姥", "爷爷", "外公", "姥爷", "老人"], ["grandma", "gran", "granny", "nan", "nana", "grandmother", "grandad", "grandpa", "grandfather", "grandparents"], "送长辈", "for a grandparent"),
        new("boyfriend", ["男朋友", "男友", "老公", "对象"], ["boyfriend", "bf", "husband", "hubby", "fiance"], "送男朋友", "for your boyfriend"),
        new("girlfriend", ["女朋友", "女友", "老婆", "媳妇"], ["girlfriend", "gf", "wife", "fiancee", "missus"], "送女朋友", "for your girlfriend"),
        new("colleague", ["同事", "领导", "老板", "客户"], ["colleague", "colleagues", "coworker", "co-worker", "coworkers", "boss", "office", "work"], "送同事", "for a colleague"),
        new("teacher", ["老师", "班主任"], ["teacher", "teachers", "tutor"], "送老师", "for a teacher"),
        new("friend", ["朋友", "闺蜜", "好友", "室友", "兄弟", "姐妹"], ["friend", "friends", "bestie", "best friend", "mate", "roommate", "flatmate"], "送朋友", "for a friend"),
        new("child", ["孩子", "小孩", "儿童", "宝宝", "女儿", "儿子", "侄子", "侄女", "外甥"], ["kid", "kids", "child", "children", "son", "daughter", "nephew", "niece", "toddler", "baby"], "送孩子", "for a child"),
        new("sibling", ["姐姐", "妹妹", "哥哥", "弟弟"], ["sister", "brother", "sis"], "送家人", "for your sibling"),
        new("neighbour", ["邻居"], ["neighbour", "neighbor", "neighbours", "neighbors"], "送邻居", "for a neighbour"),
    ];

    public static readonly IReadOnlyList<GiftRole> Occasions =
    [
        new("christmas", ["圣诞"], ["christmas", "xmas", "secret santa", "x-mas"], "圣诞礼物", "a Christmas gift") { PreferredCategories = ["christmas"] },
        new("birthday", ["生日"], ["birthday", "bday", "b-day"], "生日礼物", "a birthday gift"),
        new("housewarming", ["乔迁", "新家", "搬家", "新房", "入伙"], ["housewarming", "house warming", "new home", "new house", "new flat", "moving in", "moved in"], "乔迁礼物", "a housewarming gift") { PreferredCategories = ["home", "kitchen", "lights"] },
        new("mothersday", ["母亲节"], ["mother's day", "mothers day", "mothering sunday"], "母亲节礼物", "a Mother's Day gift"),
        new("valentine", ["情人节", "七夕", "纪念日"], ["valentine", "valentine's", "valentines", "anniversary"], "情人节礼物", "a Valentine's gift"),
        new("wedding", ["婚礼", "结婚", "新婚"], ["wedding", "newlyweds", "engagement"], "新婚礼物", "a wedding gift"),
        new("thanks", ["感谢", "谢师", "教师节"], ["thank you", "thank-you", "teacher's day", "leaving", "farewell", "retirement"], "感谢礼物", "a thank-you gift"),
        new("baby", ["满月", "新生儿", "宝宝出生"], ["baby shower", "new baby", "newborn", "christening"], "迎新宝宝礼物", "a new-baby gift"),
    ];

    /// <summary>Style words and the name words they prefer.</summary>
    public static readonly IReadOnlyList<(string[] Words, string[] Stems)> Styles =
    [
        (["复古", "怀旧", "vintage", "retro", "antique", "old-fashioned", "old fashioned"], ["VINTAGE", "RETRO", "ANTIQUE", "RETROSPOT"]),
        (["可爱", "萌", "cute", "adorable", "kawaii"], ["CUTE", "BUNNY", "KITTY", "CAT", "DOG", "OWL", "SPACEBOY", "DOLLY", "TEDDY"]),
        (["爱心", "浪漫", "romantic", "heart", "hearts", "love"], ["HEART", "LOVE"]),
        (["英伦", "英式", "british", "english", "union jack"], ["UNION JACK", "ENGLISH", "BRITISH", "LONDON"]),
        (["花", "碎花", "floral", "flower", "flowers"], ["FLORAL", "FLOWER", "ROSE", "DAISY"]),
    ];

    public static GiftRole? Recipient(string? key) => Recipients.FirstOrDefault(r => r.Key == key);
    public static GiftRole? Occasion(string? key) => Occasions.FirstOrDefault(r => r.Key == key);
}
