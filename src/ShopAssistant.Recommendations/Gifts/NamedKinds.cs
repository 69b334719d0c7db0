using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ShopAssistant.Domain.Catalogue;

namespace ShopAssistant.Recommendations.Gifts;

/// <summary>
/// Kinds of thing the gift lexicon does not know, read from the catalogue itself: "drawer knobs for an old dresser", "metal
/// signs for a man cave", "有没有好看的门挡". A kind is a word that ends at least <see cref="MinNames"/> product names (KNOB,
/// DOORSTOP, SIGN, CABINET), less colours, motifs, sizes and everyday English ("fan", "stand"). Chinese words reach it through
/// the catalogue's name words ("门挡" → DOORSTOP) of two characters or more (包 is in 包邮, 钟 in 钟头). Its shelves are those
/// holding at least a quarter of the products named with it.
/// </summary>
internal static partial class NamedKinds
{
    private const int MinNames = 3;

    /// <summary>Words that end names without naming what the product is, or that shoppers use in another sense.</summary>
    private static readonly HashSet<string> NotKinds =
    [
        "DESIGN", "SET", "LARGE", "SMALL", "MEDIUM", "MINI", "JUMBO", "ASSORTED", "CM", "SIZE", "ROUND", "COLOUR", "COLOURS", "HANGING", "DECORATION", "ORNAMENT",
        "PINK", "RED", "BLUE", "GREEN", "WHITE", "BLACK", "CREAM", "IVORY", "GOLD", "SILVER", "BROWN", "PURPLE", "YELLOW", "ORANGE", "PASTEL", "NATURAL",
        "HEART", "FLOWER", "RETROSPOT", "POLKADOT", "SPOT", "LONDON", "PAISLEY", "LEAF", "DOILY", "FONT", "SPACEBOY", "STAR", "GIRL", "BOY", "BUNNY", "ROSE",
        "SKULL", "WOODLAND", "BUTTERFLY", "RABBIT", "BIRD", "DUCK", "FLOCK", "PARADE", "JACK", "LACE", "CHRISTMAS", "GARDEN", "HOME", "GLASS", "METAL", "ZINC",
        "VINTAGE", "RETRO", "FAN", "CHARM", "STAND", "MATCHES", "LETTER", "MOBILE", "TAG", "COVER", "SHEET", "KIT", "TUBE", "BALL", "LIGHT", "LOVE", "DOG", "CAT",
        "OWL", "APPLE", "CHERRY", "STRAWBERRY", "DAISY", "PARTY", "TEA", "PAPER", "WOOD", "WOODEN", "CERAMIC", "ENAMEL", "FELT", "WICKER", "PLASTIC", "COTTON",
        // Motifs, places, abbreviations and words of a shopper's sentence ("for my friend's birthday", "a fair price").
        "ALPHABET", "AMETHYST", "ASST", "BASE", "BIRTHDAY", "BOARD", "CALM", "CAMPAGNE", "CHICK", "CHICKEN", "CHILDREN", "CHRISTMA", "CRAFT", "CRYSTAL", "DAY", "DEC",
        "DINOSAUR", "DOOR", "DROPLET", "EASTER", "EDWARDIAN", "EGG", "FAIR", "FASHION", "FINISH", "FOR", "FOREST", "FRIEND", "FROG", "GLOSS", "HEN", "IMAGE",
        "MARBLE", "MINT", "MONTANA", "MUSHROOM", "NECKLAC", "PACK", "PAINTED", "PARK", "PATCH", "PEAR", "PIECE", "PONY", "POST", "PRINT", "REINDEER", "REVOLUTIONARY",
        "ROBIN", "SANTA", "SCANDINAVIAN", "SETTING", "SNOWFLAKE", "SNOWMAN", "STRIPE", "TIER", "TREE", "VILLAGE", "WINKIE", "WORD", "YOU", "BILL", "CAKE", "CASE",
        "MATCH", "STICK", "SLIDE", "SCREEN", "BANK", "CAN", "TIE", "BEAR", "CHAIN", "STRING", "RUBBER", "MEASURE", "GAME", "BOOK", "RING",
    ];

    private static readonly ConditionalWeakTable<Catalogue, Dictionary<string, string[]>> Kinds = new();

    /// <summary>The kinds named in the text (lower case), each with its shelves; the text's words taken are blanked.</summary>
    public static IEnumerable<GiftThing> In(ref string lower, Catalogue catalogue)
    {
        var kinds = Kinds.GetValue(catalogue, Read);
        var found = new List<GiftThing>();
        foreach (var (said, meant) in catalogue.NameWords.Where(w => w.Key.Length > 1 && w.Key.Any(c => c > 0x2E80)).OrderByDescending(w => w.Key.Length))
        {
            if (!lower.Contains(said, StringComparison.Ordinal) || meant.FirstOrDefault(kinds.ContainsKey) is not { } kind) continue;
            found.Add(new GiftThing(kinds[kind][0], [said], [], [kind]));
            lower = lower.Replace(said, " ");
        }
        var words = Word().Matches(lower.ToUpperInvariant()).Select(m => m.Value).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            // "door stops", "key rings": two words a name writes as one.
            var joined = i + 1 < words.Count ? Singular(words[i] + words[i + 1]) : "";
            var kind = kinds.ContainsKey(joined) ? joined : Singular(words[i]);
            if (!kinds.TryGetValue(kind, out var shelves) || found.Any(t => t.Stems.Contains(kind))) continue;
            found.AddRange(shelves.Select(shelf => new GiftThing(shelf, [], [], [kind])));
        }
        return found;
    }

    private static string Singular(string word) =>
        word.EndsWith("IES") && word.Length > 4 ? word[..^3] + "Y" : word.EndsWith("ES") && (word.EndsWith("XES") || word.EndsWith("SHES") || word.EndsWith("CHES")) ? word[..^2]
        : word.EndsWith('S') && !word.EndsWith("SS") && word.Length > 3 ? word[..^1] : word;

    private static Dictionary<string, string[]> Read(Catalogue catalogue)
    {
        var ends = catalogue.Products.Select(p => Word().Matches(p.Name.ToUpperInvariant()).LastOrDefault()?.Value).OfType<string>()
            .Select(Singular).Where(w => w.Length > 2 && !NotKinds.Contains(w)).GroupBy(w => w).Where(g => g.Count() >= MinNames).Select(g => g.Key);
        var kinds = new Dictionary<string, string[]>();
        foreach (var kind in ends)
        {
            var named = catalogue.Products.Where(p => Word().Matches(p.Name.ToUpperInvariant()).Any(m => Singular(m.Value) == kind)).ToList();
            kinds[kind] = named.GroupBy(p => p.CategoryId).Where(g => g.Count() * 4 >= named.Count).OrderByDescending(g => g.Count()).Select(g => g.Key).ToArray();
        }
        return kinds;
    }

    [GeneratedRegex(@"[A-Z][A-Z'-]*[A-Z]")]
    private static partial Regex Word();
}
