using System.Text.RegularExpressions;
using ShopAssistant.Domain.Catalogue;

namespace ShopAssistant.Recommendations.Gifts;

/// <summary>
/// Reads a <see cref="GiftRequest"/> from one shopper message. Exclusions are read first ("不要蜡烛", "nothing Christmassy",
/// "no mugs please") and their words taken out, so that "not candles" never asks for candles; then kinds of things
/// (<see cref="GiftLexicon.Things"/>, then the shelves' own aliases, leaving out those that are occasions or people),
/// the budget (<see cref="RecommendationFilterParser"/>), recipient, occasion, style, "something like X" and "what goes
/// with this?", and the refinements "cheaper" and "others".
/// </summary>
public static partial class GiftRequestReader
{
    /// <summary>Shelf aliases that name an occasion or a person, not a kind of thing: "birthday gift" may be anything.</summary>
    private static readonly HashSet<string> NotThings = new(StringComparer.OrdinalIgnoreCase)
    {
        "生日", "圣诞", "圣诞节", "christmas", "xmas", "节日", "婚礼", "wedding", "easter", "复活节", "halloween", "万圣节", "celebration",
        "派对", "聚会", "party", "birthday", "儿童", "孩子", "小孩", "宝宝", "kids", "children", "baby", "home", "装饰", "decoration",
        "tea", "card", "paper", "light", "包",
    };

    public static GiftRequest Read(string? text, Catalogue catalogue)
    {
        if (string.IsNullOrWhiteSpace(text)) return new GiftRequest();
        var lower = " " + text.ToLowerInvariant().Replace('’', '\'') + " ";
        var whole = lower;

        var cheaper = CheaperCue().IsMatch(lower);
        // "something like X" / "what goes with X": the product named, and its name taken out of what is read next.
        string? similar = null, goesWith = null;
        // "别推这类", "不要这种的": the kind named is left out, not asked for again.
        if (SimilarCue().Match(lower) is { Success: true } like && !NegationBefore().IsMatch(like.Groups["before"].Value) && !NegationAfter().IsMatch(like.Groups["rest"].Value))
        {
            similar = ProductMentions.Find(like.Groups["rest"].Value + " " + like.Groups["before"].Value, catalogue)?.StockCode;
            if (similar is not null) lower = lower.Replace(like.Value, " ");
        }
        if (GoesWithCue().Match(lower) is { Success: true } with)
        {
            goesWith = ProductMentions.Find(with.Groups["rest"].Value, catalogue)?.StockCode ?? "";
            lower = lower.Replace(with.Value, " ");
        }

        // "像红色波点那个午餐袋的 但不要骷髅的": what to leave out may follow the named product, whose cue took the rest away.
        var exclusionText = whole;
        var (excludedShelves, excludedWords) = similar is null && goesWith is null ? ReadExclusions(ref lower, catalogue) : ReadExclusions(ref exclusionText, catalogue);
        var shelves = new List<string>();
        var things = Mentioned(ref lower).ToList();
        foreach (var thing in things) if (!shelves.Contains(thing.CategoryId)) shelves.Add(thing.CategoryId);
        if (shelves.Count == 0 && ShelfAlias(lower, catalogue) is { } alias) shelves.Add(alias);
        // The shelves' own keywords are the words product names use ("teapot", "lantern", "jigsaw"): a kind of thing too.
        if (shelves.Count == 0)
            foreach (var (shelf, keyword) in ShelfKeywords(catalogue))
                if (Mentions(lower, keyword.ToLowerInvariant()))
                {
                    if (!shelves.Contains(shelf)) shelves.Add(shelf);
                    things.Add(new GiftThing(shelf, [], [], [keyword]));
                }
        // "drawer knobs", "风铃": a kind the catalogue's names end in.
        var kindsOnly = shelves.Count == 0;
        if (kindsOnly)
            foreach (var thing in NamedKinds.In(ref lower, catalogue))
            {
                if (!shelves.Contains(thing.CategoryId)) shelves.Add(thing.CategoryId);
                things.Add(thing);
            }

        // The budget is read from the whole message: the named product's words went out with its cue, and a budget after it with
        // them ("like the doily tins? under 40"); an exclusion's span can run into it ("不喜欢花里胡哨的 也不喝茶 五十到一百吧").
        var budgetText = whole;
        var budget = RecommendationFilterParser.Parse(budgetText, catalogue);
        decimal? min = budget?.MinPriceRmb, max = budget?.MaxPriceRmb;
        // "cheap" / "便宜" without a number is a quantile in the old reader; in a conversation it means "cheaper than shown".
        if (!HasAmount(budgetText) && !RecommendationFilterParser.StatesABudget(budgetText)) (min, max) = (null, null);
        var occasion = Role(lower, GiftLexicon.Occasions);
        // 母亲节 names mum too; "secret santa at work" a colleague.
        var recipient = Role(lower, GiftLexicon.Recipients)?.Key ?? (occasion?.Key == "mothersday" ? "mum" : null);
        var styles = GiftLexicon.Styles.Where(s => s.Words.Any(w => Mentions(lower, w))).SelectMany(s => s.Stems).Distinct().ToList();
        // "only the pink ones", "只要银色的": a name word asked for, shown first.
        foreach (var word in OnlyWords(lower, catalogue)) if (!styles.Contains(word)) styles.Add(word);

        return new GiftRequest
        {
            CategoryIds = shelves.Where(s => !excludedShelves.Contains(s)).ToList(),
            ThingWords = things.Where(t => !excludedShelves.Contains(t.CategoryId)).SelectMany(t => t.Stems).Distinct().ToList(),
            KindsFromNamesOnly = kindsOnly && shelves.Count > 0,
            MinPriceRmb = min,
            MaxPriceRmb = max,
            Recipient = recipient,
            Occasion = occasion?.Key,
            // "家里心心已经太多了，这次要不带爱心图案的": a motif left out is no style asked for.
            StyleWords = styles.Where(style => !excludedWords.Contains(style)).ToList(),
            ExcludedCategoryIds = excludedShelves,
            ExcludedWords = excludedWords,
            SimilarTo = similar,
            SimilarPriceRmb = similar is null ? null : catalogue.Find(similar)?.PriceRmb,
            GoesWith = goesWith,
            Cheaper = cheaper || (CheapWithoutAmount().IsMatch(lower) && !HasAmount(lower)),
            Others = OthersCue().IsMatch(lower),
            Corrects = Correction().IsMatch(lower),
            AsksForSuggestions = AsksCue().IsMatch(lower),
        };
    }

    /// <summary>The product-name words an "only …" asks for: English words of the catalogue's names, Chinese through its name words.</summary>
    private static IEnumerable<string> OnlyWords(string lower, Catalogue catalogue)
    {
        foreach (Match m in Only().Matches(lower))
        {
            var said = m.Groups["what"].Value;
            foreach (var word in NameWordsIn(said, catalogue)) yield return word;
            foreach (var word in DescribedWords.In(said, catalogue, chineseOnly: true).SelectMany(meant => meant)) yield return word;
        }
    }

    [GeneratedRegex(@"\b(?:only|just)\s+(?:the\s+|in\s+)?(?<what>[a-z]{3,}(?:\s+[a-z]{3,})?)\s+(?:ones?|things?|stuff|versions?|colou?rs?)\b|\bonly\s+(?:in\s+)?(?<what>[a-z]{3,})\s*$|(?:只要|只看|只想要|就要)(?<what>[^，,。.！!？?；;\s]{1,6}?)的")]
    private static partial Regex Only();

    /// <summary>"actually it's for my dad", "哦不对 是给我爸": a correction of the request, which keeps the rest of it.</summary>
    [GeneratedRegex(@"\b(?:actually|oh wait|wait no|sorry,? i meant|i meant|correction|scratch that)\b|不对|其实是|说错了|搞错了|应该是|我是说")]
    private static partial Regex Correction();

    private static (List<string> Shelves, List<string> Words) ReadExclusions(ref string lower, Catalogue catalogue)
    {
        var shelves = new List<string>();
        var words = new List<string>();
        // "他不喝茶", "she doesn't drink coffee": what the drink's things are named by is left out.
        foreach (Match m in DrinksNot().Matches(lower))
        {
            var drink = m.Groups["drink"].Value is "茶" or "tea" ? "TEA" : "COFFEE";
            if (!words.Contains(drink)) words.Add(drink);
            lower = lower.Replace(m.Value, " ");
        }
        foreach (Match m in Negation().Matches(lower))
        {
            var span = m.Groups["what"].Value;
            // "not lunch bags", "no glass baubles": a kind of the thing, not the thing: only what sets it apart is left out.
            if (Modifier(span, catalogue) is { } modifier)
            {
                if (!words.Contains(modifier)) words.Add(modifier);
                continue;
            }
            var found = Mentioned(ref span).ToList();
            // "不要包" / "别推包了": 包 alone is a bag only right after the "no" (包装, 包邮 and 包裹 are not).
            if (found.Count == 0 && LoneBag().IsMatch(span)) found.Add(GiftLexicon.Things.First(t => t.CategoryId == "bags"));
            // "nothing Christmassy", "不要圣诞的": the occasion's shelf and its words.
            if (Role(span, GiftLexicon.Occasions) is { Key: "christmas" }) found.Add(GiftLexicon.Things[0]);
            foreach (var thing in found)
            {
                if (thing.CategoryId.Length > 0 && !shelves.Contains(thing.CategoryId) && thing.Stems.Count > 0 && (thing.WholeShelf || NamesTheShelf(m.Groups["what"].Value)))
                    shelves.Add(thing.CategoryId);
                foreach (var stem in thing.Stems) if (!words.Contains(stem)) words.Add(stem);
            }
            // "nothing pink", "no hearts": words product names use are left out too, whatever the lexicon knows.
            var named = NameWordsIn(span, catalogue).ToHashSet();
            foreach (var word in named.Concat(named.SelectMany(n => SameAnimal.GetValueOrDefault(n, []))).Concat(DescribedIn(span, catalogue)))
                if (!words.Contains(word)) { words.Add(word); found.Add(new GiftThing("", [], [], [])); }
            // The words left out go out of the text too: "nothing glass pls" asks for no glassware.
            span = Regex.Replace(span, "[a-z]{3,}", w => named.Contains(Singular(w.Value.ToUpperInvariant())) || named.Contains(w.Value.ToUpperInvariant()) ? " " : w.Value);
            if (found.Count > 0) lower = lower.Replace(m.Groups["what"].Value, " " + span + " ");
        }
        // "no candles" leaves the candles' shelf out too (lamps and holders sit beside them); "no mugs" only mugs.
        return (shelves, words);
    }

    /// <summary>The product-name word before a kind of thing the lexicon knows, when the exclusion is just those two words.</summary>
    private static string? Modifier(string span, Catalogue catalogue)
    {
        if (TwoWords().Match(span) is not { Success: true } two) return null;
        var (modifier, thing) = (two.Groups["modifier"].Value, two.Groups["thing"].Value);
        var isThing = GiftLexicon.Things.Any(t => t.En.Any(w => w == thing || w + "s" == thing));
        var word = modifier.ToUpperInvariant();
        return isThing && !NotNameWords.Contains(word) && Vocabulary(catalogue).Contains(word)
            && !GiftLexicon.Things.Any(t => t.En.Contains(modifier)) ? word : null;
    }

    [GeneratedRegex(@"(?:不|不爱|不怎么|不太|从不|从来不)喝(?<drink>茶|咖啡)|\b(?:doesn'?t|don'?t|does not|do not|never|won'?t|can'?t) drinks? (?<drink>tea|coffee)\b|\bnot (?:a|much of a|big on) (?<drink>tea|coffee)(?: drinker| person| fan)?\b|\bnot into (?<drink>tea|coffee)\b")]
    private static partial Regex DrinksNot();

    [GeneratedRegex(@"^\s*(?:the\s+|any\s+|more\s+)?(?<modifier>[a-z]{3,})\s+(?<thing>[a-z]{3,})(?:\s+(?:tho|though|pls|please|thanks|thx|either|this time))?\s*$")]
    private static partial Regex TwoWords();

    /// <summary>"not kitchen stuff", "厨房用品就算了": the shelf named, not one thing on it.</summary>
    private static bool NamesTheShelf(string span) => ShelfWords().IsMatch(span);

    [GeneratedRegex(@"厨房|餐具|文具|花园|园艺|户外|\b(?:kitchen|kitchenware|tableware|dining|stationery|garden|gardening|outdoor)\b")]
    private static partial Regex ShelfWords();

    /// <summary>The things named in the text, longest words first; each word found is blanked so that it counts once.</summary>
    private static IEnumerable<GiftThing> Mentioned(ref string text)
    {
        var found = new List<GiftThing>();
        foreach (var (thing, word) in GiftLexicon.Things.SelectMany(t => t.Zh.Concat(t.En).Select(w => (t, w))).OrderByDescending(x => x.w.Length))
        {
            if (!Mentions(text, word)) continue;
            found.Add(thing);
            text = IsChinese(word) ? text.Replace(word, " ") : Regex.Replace(text, WordPattern(word), " ");
        }
        return found;
    }

    private static readonly HashSet<string> NotNameWords = ["GIFT", "GIFTS", "PLEASE", "THANKS", "SOMETHING", "ANYTHING", "THINGS", "STUFF", "MORE", "THAT", "THIS", "THOSE", "THESE", "THEM", "ONES", "WANT", "LIKE", "WITH", "JUST", "REALLY", "TOO", "EXPENSIVE", "CHEAP", "AGAIN", "ANY", "SOME", "ALL", "FOR", "AND", "THE", "YOUR", "FROM", "OVER", "UNDER", "ABOUT", "MUCH", "MANY", "ONLY", "ALSO", "VERY", "OTHER", "SAME", "BIG", "SMALL", "LARGE", "NEW", "SET", "BOX", "PACK",
        // "not a penny more", "she hates when people give her Christmassy stuff": words round the exclusion, not its object.
        "PENNY", "HER", "HIS", "HIM", "SHE", "THEY", "PEOPLE", "WHEN", "GIVE", "GIVES", "GET", "GETS", "PRESENT", "PRESENTS", "NICE", "THAN",
        // "but not that exact one": the product named, not a word of names.
        "ONE", "EXACT", "KIND", "TYPE", "THOUGH", "THO"];

    /// <summary>English words of the text that are words of some product's name (singular), for "no hearts", "nothing pink".</summary>
    private static IEnumerable<string> NameWordsIn(string span, Catalogue catalogue)
    {
        var vocabulary = Vocabulary(catalogue);
        foreach (Match w in Regex.Matches(span.ToUpperInvariant(), "[A-Z]{3,}"))
        {
            var word = w.Value;
            if (NotNameWords.Contains(word)) continue;
            var singular = Singular(word);
            if (vocabulary.Contains(singular)) yield return singular;
            else if (vocabulary.Contains(word)) yield return word;
        }
    }

    /// <summary>"no bunnies" leaves out the RABBIT night light too: the names call one animal by more than one word.</summary>
    private static readonly Dictionary<string, string[]> SameAnimal = new()
    {
        ["BUNNY"] = ["RABBIT"], ["RABBIT"] = ["BUNNY"], ["KITTY"] = ["CAT", "KITTEN"], ["KITTEN"] = ["CAT", "KITTY"], ["CAT"] = ["KITTY", "KITTEN"],
        ["PUPPY"] = ["DOG"], ["DOG"] = ["PUPPY"],
    };

    private static string Singular(string word) => word.EndsWith("IES") ? word[..^3] + "Y" : word.EndsWith('S') && !word.EndsWith("SS") ? word[..^1] : word;

    /// <summary>Name words too general to leave out: "不要太大的摆件" leaves out no decorations.</summary>
    private static readonly HashSet<string> TooGeneralToExclude = ["DECORATION", "ORNAMENT", "SMALL", "MINI", "LARGE", "SET", "3", "HANGING", "JUMBO", "BOX", "KIT", "CUTE", "BAG", "SHOPPER"];

    /// <summary>
    /// What the Chinese words of the text describe, in product-name words (the catalogue's name words: "玻璃的不要" → GLASS,
    /// "粉色的千万别" → PINK, "有香味的都不要" → SCENTED); colours, motifs and materials, not kinds of thing, which the lexicon reads.
    /// </summary>
    private static IEnumerable<string> DescribedIn(string span, Catalogue catalogue) =>
        DescribedWords.In(span, catalogue, chineseOnly: true).SelectMany(meant => meant).Where(word => !TooGeneralToExclude.Contains(word));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Catalogue, HashSet<string>> Vocabularies = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Catalogue, List<(string, string)>> Keywords = new();

    private static HashSet<string> Vocabulary(Catalogue catalogue) => Vocabularies.GetValue(catalogue, c =>
        c.Products.SelectMany(p => Regex.Matches(p.Name.ToUpperInvariant(), "[A-Z]{3,}").Select(m => m.Value)).ToHashSet());

    /// <summary>Each shelf's keywords (data/categories.json), longest first; the catch-all shelf has none.</summary>
    private static List<(string Shelf, string Keyword)> ShelfKeywords(Catalogue catalogue) => Keywords.GetValue(catalogue, c =>
        c.Categories.SelectMany(cat => cat.Keywords.Where(k => k.Length > 3 && !NotThings.Contains(k)).Select(k => (cat.Id, k))).OrderByDescending(x => x.k.Length).ToList());

    private static string? ShelfAlias(string lower, Catalogue catalogue)
    {
        string? best = null;
        var bestLength = 0;
        foreach (var category in catalogue.Categories)
            foreach (var alias in category.Aliases.Select(a => a.ToLowerInvariant()))
            {
                if (alias.Length <= bestLength || NotThings.Contains(alias) || !Mentions(lower, alias)) continue;
                (best, bestLength) = (category.Id, alias.Length);
            }
        return best;
    }

    private static GiftRole? Role(string lower, IReadOnlyList<GiftRole> roles)
    {
        GiftRole? best = null;
        var bestLength = 0;
        foreach (var role in roles)
            foreach (var word in role.Zh.Concat(role.En))
                if (word.Length > bestLength && Mentions(lower, word.ToLowerInvariant())) (best, bestLength) = (role, word.Length);
        return best;
    }

    public static bool Mentions(string lower, string word) =>
        IsChinese(word) ? lower.Contains(word, StringComparison.Ordinal) : Regex.IsMatch(lower, WordPattern(word));

    private static string WordPattern(string word) => $@"(?<![\p{{L}}']){Regex.Escape(word.ToLowerInvariant())}(?:s|es)?(?![\p{{L}}])";

    private static bool IsChinese(string word) => word.Any(c => c > 0x2E80);

    private static bool HasAmount(string lower) => AmountDigits().IsMatch(RecommendationFilterParser.Digits(lower));

    [GeneratedRegex(@"^\s*(?:了|再|推|给我|要)?包(?![装邮裹括含])")]
    private static partial Regex LoneBag();

    [GeneratedRegex(@"\d")]
    private static partial Regex AmountDigits();

    [GeneratedRegex(@"(?<before>.{0,60}?)(?:(?:something|anything|stuff|things?|items?|ones?|products?|gifts?|others?)\s+(?:a\s+bit\s+|kinda\s+|kind\s+of\s+|sort\s+of\s+|similar\s+to\s+|just\s+|more\s+)?(?:like|similar to|along the lines of|resembling)|similar\s+to|simular\s+to|what\s+else\s+is\s+like|\b(?:anything|something|stuff|ones?|items?|others?|any)\s+(?:else\s+)?similar\b|\b(?:others?|more|ones?|stuff|anything|something)\s+(?:else\s+)?like\s+(?:it|that|this|those|these)\b|along\s+(?:those|these|the\s+same)\s+lines|\b(?:other|different)\s+(?:designs?|patterns?|prints?|colou?rs?|animals?|styles?)\b|in\s+the\s+same\s+(?:style|vein)|in\s+the\s+(?:vein|style|spirit)\s+of|\ba\s+different\s+one\b|(?:else|more)\s+like\s+(?=it\b|that\b|this\b)|(?<!\b(?:i'?d|i|we|you|they|would|u|ud|really|also)\s)like\s+(?:the|that|those|this|my|your|a|an)\b|(?:和|跟|与|像)(?=.{1,60}?(?:差不多|类似|相似|一样|那样|那种|风格))|类似|相似的?|同款|同类型?|同风格|同系列|差不多|(?:别的|其他|其它)(?:图案|款式?|花色|颜色|动物|造型|样子)|这种的?|这类的?|这样的|那种的?|那样的|这个系列)(?<rest>.{0,80})")]
    private static partial Regex SimilarCue();

    [GeneratedRegex(@"(?:不要|不想要|别推?|不喜欢|不考虑|讨厌|\b(?:no|not|nothing|don'?t want|avoid))\s*$")]
    private static partial Regex NegationBefore();

    /// <summary>"午餐袋那种不要哈": the kind named before "那种" is left out, not asked for.</summary>
    [GeneratedRegex(@"^\s*的?\s*(?:不要|就算了|别推?|不喜欢|不考虑|pass|免了)")]
    private static partial Regex NegationAfter();

    [GeneratedRegex(@"(?:what|anything|something|which)\s+(?:else\s+)?(?:goes|go|would go|pairs?|matches|match)\s+(?:well\s+)?with(?<rest>.{0,80})|(?:配什么|搭配什么|配啥|搭什么|一起买什么|配套的?|和它搭|跟它搭|搭配)(?<rest>.{0,40})")]
    private static partial Regex GoesWithCue();

    [GeneratedRegex(@"(?:(?<![要])不要(?![\s，,。.！!～~哈啊呀哦了]|$)|不想要|别要|别送|不要送|别买|别给我|别推|别选|不需要|除了|不喜欢|不含|排除|去掉|拿掉|不考虑|别再|不能是|不是|不带|不想送|讨厌|受不了)(?<what>[^，,。.！!？?；;]{1,12})|(?<what>[^，,。.！!？?；;\s]{1,8})(?:不要(?=[\s，,。.！!～~哈啊呀哦了]|$)|就算了|就不要了|就免了|就别了|不要了|除外|千万别|千万不要|都不要|一律不要|不考虑|(?<=的)不要|(?<=的)别|(?<=的)(?:不太|不怎么|不)喜欢|都\s*pass|\s*pass掉?|(?:那种|那类|这种|这类)?(?:就)?别推了|(?:那种|那类|这种|这类)(?:的)?(?:不要|就算了)|先不看了|就不看了|不看了|(?:的)?(?:家里)?(?:已经)?(?:够多了|太多了|一堆了|堆满了|有很多了|有好多了))|(?:从来不|从不|不怎么|不太|也不|(?<![要])不)(?:点|用|戴|背|穿|玩)(?<what>[^，,。.！!？?；;\s]{1,8})|(?<what>[^，,。.！!？?；;\s]{1,8})(?:一大堆了?|一大堆|好多了|很多了|多得是)|\b(?:doesn'?t|does not|don'?t|do not|never|won'?t)\s+(?:really\s+|even\s+|ever\s+)?(?:use|do|need|wear|carry|light|burn|own)s?\b(?<what>[^,.;!?]{1,40})|\b(?:already\s+)?(?:has|have|got|'s got|'ve got)\s+(?:tons|loads|lots|plenty|heaps|too many|so many|enough|a ton|a lot|every)(?:\s+of)?\b(?<what>[^,.;!?]{1,40})|\b(?:she|he|they)(?:'s| has|'ve| have)\s+got\s+(?!a\b|an\b|the\b|to\b|some\b|no\b)(?<what>[^,.;!?]{1,30})|\bnot another\b(?<what>[^,.;!?]{1,60})|\b(?:no|not|aren'?t|isn'?t|are not|is not|without|nothing|except|exclude|excluding|avoid|skip|hate|hates|dislike|dislikes|but not|anything but|don'?t want|do not want|don'?t like|doesn'?t like|can'?t stand|cannot stand|can'?t bear|not into|allergic to|no more|none of the|none in|(?:none|nothing) made of|not a fan of|no\s+\w+\s+or)\b(?<what>[^,.;!?]{1,40}(?:(?:,\s*[a-z'-]+)+,?\s+(?:or|nor|and)\s+[a-z'-]+)?)")]
    private static partial Regex Negation();

    [GeneratedRegex(@"cheaper|cheeper|chaper|less expensive|less pricey|not (?:so|as|that) (?:expensive|pricey|dear)|lower budget|lower price|more affordable|too (?:expensive|pricey|dear|much)|bit (?:expensive|pricey|much)|budget is tighter|over my budget|便宜(?:点|些|一点|一些|的)|更便宜|太贵|贵了|有点贵|价格低|低一点的?价|实惠(?:点|一些|些)|再便宜|便宜点")]
    private static partial Regex CheaperCue();

    [GeneratedRegex(@"\b(?:cheap|cheapie|inexpensive|affordable)\b|便宜")]
    private static partial Regex CheapWithoutAmount();

    [GeneratedRegex(@"换一批|换一换|换换|换一些|换几个|换个别的|换别的|都不喜欢|不喜欢这些|别的|其他的|其它的|其他款|其它款|还有(?:吗|没|别|其|什么)|再来(?:几|一)|再看看|再推荐|不一样的|(?:别的|其他|其它|换个|换一个|不同)颜色|颜色(?:浅|深|淡|亮)|(?:浅|深)一点的|\b(?:other colou?rs?|different colou?rs?|another colou?r|any other colou?rs?|in other colou?rs?|others|other ones|diff(?:erent)? ones|other options|none of (?:those|these|them)|not (?:those|these)|don'?t like (?:those|these|them)|other stuff|something else|anything else|different ones|different stuff|something different|more options|show me more|more ideas|some more|new ones|next ones|another (?:few|batch|set|selection)|too (?:girly|plain|boring|basic|childish|cutesy|flashy|busy|loud|feminine|manly)|(?:it'?s|its) for a (?:guy|man|bloke|lad|girl|woman)|something (?:nicer|better|fancier|classier|more special)|(?:any|some)(?:thing)? (?:nicer|better|fancier) ones?|nicer ones?)\b|太素了?|太花了?|太普通|太土|太幼稚|太花哨|花哨一?点|素一?点|朴素一?点|(?:更|再)好看|好看点|好看一点|更好的|更精致|精致点|高级点|贵点(?:也)?没关系|贵一点(?:也)?没关系|贵些也行|档次高")]
    private static partial Regex OthersCue();

    [GeneratedRegex(@"推荐|礼物|礼品|送给|送人|送点|送什么|送啥|想买|想要|买点|买个|挑|选个|选点|有没有|有啥|有什么|有吗|有哪些|看看|找|求|来点|来几|东西|好物|小物|那种|之类|啥的|[?？]|\b(?:recommend|suggest|suggestions?|gifts?|presents?|ideas?|looking for|show me|something|anything|shopping for|want|buy|get|got|have|any|some|please|pls|stuff|things|range)\b")]
    private static partial Regex AsksCue();
}
