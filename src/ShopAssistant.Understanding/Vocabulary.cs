using System.Text.RegularExpressions;

namespace ShopAssistant.Understanding;

/// <summary>
/// The Latin-script words shoppers are known to use (from the intent training utterances and the shop's term lists). A
/// message of letters none of which is known ("xyzzy plugh", "asdf qwer") is unfamiliar: whatever the model guesses for
/// it, there is nothing to clarify between.
/// </summary>
internal sealed partial class Vocabulary
{
    private readonly HashSet<string> _words;

    private Vocabulary(HashSet<string> words) => _words = words;

    public static Vocabulary Load(params string[] files) =>
        new(files.Where(File.Exists).SelectMany(File.ReadLines).SelectMany(Words).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// True when the text has Latin words, no Chinese, no number, and not one word the shop has seen; or is Chinese made of
    /// fillers alone ("啊这个那个", "嗯…就是那个啥"), whose 这个 the model reads as a product question.
    /// </summary>
    public bool IsUnfamiliar(string normalText) =>
        (!normalText.Any(c => char.IsDigit(c) || c is >= '\u4E00' and <= '\u9FFF')
            && Words(normalText).ToList() is { Count: > 0 } words && !words.Any(_words.Contains))
        || Fillers().IsMatch(normalText);

    private static IEnumerable<string> Words(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 2);

    [GeneratedRegex(@"^(?=.*(这个|那个|那啥|就是))(?:[啊呃额嗯哦噢唔诶欸哎呀吧呢嘛哈了的]|这个|那个|那啥|就是|啥|什么|\s|\p{P})+$")]
    private static partial Regex Fillers();

    [GeneratedRegex(@"[a-z]+")]
    private static partial Regex Word();
}
