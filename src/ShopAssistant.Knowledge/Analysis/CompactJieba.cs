using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ShopAssistant.Knowledge.Analysis;

/// <summary>
/// jieba's accurate mode with its HMM for unknown words (what jieba.NET's <c>JiebaSegmenter.Cut(text, cutAll: false,
/// hmm: true)</c> returns, word for word: <c>CompactJiebaTests</c> compares the two), over a compact copy of jieba's own
/// dictionary files. jieba.NET keeps its 349,000 words and every prefix of each as 670,000 strings in a
/// <c>Dictionary&lt;string, int&gt;</c> for the process's life (a host's live heap was 26 MB smaller without it, bench memory)
/// and took most of a second of a start to build; here the words sit in one <c>char[]</c> with an open-addressing table of
/// offsets (about 7 MB), read in under a fifth of a second. Prefixes need not be stored: a fragment that is no word's prefix is no word either, so trying
/// every length up to the longest word finds the same words jieba's prefix walk finds.
/// </summary>
internal sealed class CompactJieba
{
    /// <summary>jieba's floor for a probability it has no figure for.</summary>
    private const double MinProb = -3.14e100;

    private const int B = 0, M = 1, E = 2, S = 3;

    /// <summary>jieba's start probabilities, in state order B, M, E, S.</summary>
    private static readonly double[] StartProb = [-0.26268660809250016, -3.14e+100, -3.14e+100, -1.4652633398537678];

    /// <summary>The states each state may follow, in jieba's order (a tie goes to the later one).</summary>
    private static readonly int[][] PreviousStates = [[E, S], [M, B], [B, M], [S, E]];

    // The same patterns jieba.NET splits with (interpreted here: they only see the rare non-Han character).
    private static readonly Regex HanDefault = new(@"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%·\-]+)");
    private static readonly Regex SkipDefault = new(@"(\r\n|\s)");
    private static readonly Regex HanOnly = new(@"([\u4E00-\u9FD5]+)");
    private static readonly Regex HmmSkip = new(@"([a-zA-Z0-9]+(?:\.\d+)?%?)");

    private readonly char[] _chars;
    private readonly int[] _starts;   // word i is _chars[_starts[i] .. _starts[i + 1])
    private readonly int[] _freqs;
    private readonly int[] _table;    // word index + 1, 0 for an empty slot
    private readonly int _mask;
    private readonly int _maxLength;
    private readonly Dictionary<string, int> _added = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _addedBySpan;
    private readonly Dictionary<char, double>[] _emit;
    private readonly double[,] _trans;
    private int _addedMaxLength;
    private double _total;

    private CompactJieba(char[] chars, int[] starts, int[] freqs, int[] table, int maxLength, double total,
        Dictionary<char, double>[] emit, double[,] trans)
    {
        (_chars, _starts, _freqs, _table, _mask, _maxLength, _total, _emit, _trans) =
            (chars, starts, freqs, table, table.Length - 1, maxLength, total, emit, trans);
        _addedBySpan = _added.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Reads jieba's <c>dict.txt</c>, <c>prob_emit.json</c> and <c>prob_trans.json</c> from <paramref name="folder"/>.</summary>
    public static CompactJieba Load(string folder)
    {
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(folder, "dict.txt"))).AsSpan();
        var lines = text.Count('\n') + 1;
        var chars = new char[text.Length / 3 + 16];
        var starts = new List<int>(lines + 1) { 0 };
        var freqs = new List<int>(lines);
        var size = 1;
        while (size < lines * 3 / 2) size <<= 1; // at most two thirds full
        var table = new int[size];
        int used = 0, maxLength = 0;
        double total = 0;
        foreach (var range in text.Split('\n'))
        {
            var line = text[range].TrimEnd('\r');
            // jieba reads "word freq [tag]" and skips a line without a frequency.
            var space = line.IndexOf(' ');
            if (space < 0) continue;
            var word = line[..space];
            var rest = line[(space + 1)..];
            var end = rest.IndexOf(' ');
            var freq = int.Parse(end < 0 ? rest : rest[..end], System.Globalization.CultureInfo.InvariantCulture);
            total += freq;
            var slot = Find(table, table.Length - 1, chars, starts, word);
            if (table[slot] != 0)
            {
                freqs[table[slot] - 1] = freq; // a repeated word: the later line's frequency, as jieba (its total counts both)
                continue;
            }
            if (used + word.Length > chars.Length) Array.Resize(ref chars, Math.Max(chars.Length * 2, used + word.Length));
            word.CopyTo(chars.AsSpan(used));
            used += word.Length;
            starts.Add(used);
            freqs.Add(freq);
            table[slot] = freqs.Count;
            maxLength = Math.Max(maxLength, word.Length);
        }
        Array.Resize(ref chars, used);
        return new CompactJieba(chars, [.. starts], [.. freqs], table, maxLength, total,
            ReadEmit(Path.Combine(folder, "prob_emit.json")), ReadTrans(Path.Combine(folder, "prob_trans.json")));
    }

    /// <summary>The slot of <paramref name="word"/> in the table, or the empty slot where it would go.</summary>
    private static int Find(int[] table, int mask, char[] chars, List<int> starts, ReadOnlySpan<char> word)
    {
        var slot = string.GetHashCode(word) & mask;
        while (table[slot] != 0)
        {
            var i = table[slot] - 1;
            if (chars.AsSpan(starts[i], starts[i + 1] - starts[i]).SequenceEqual(word))
                return slot;
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /// <summary>A word's frequency; 0 when it is no word (jieba's prefixes and the words it was given 0 for).</summary>
    private int Frequency(ReadOnlySpan<char> word)
    {
        if (_added.Count > 0 && _addedBySpan.TryGetValue(word, out var added))
            return added;
        if (word.Length > _maxLength)
            return 0;
        var slot = string.GetHashCode(word) & _mask;
        while (_table[slot] != 0)
        {
            var i = _table[slot] - 1;
            if (_chars.AsSpan(_starts[i], _starts[i + 1] - _starts[i]).SequenceEqual(word))
                return _freqs[i];
            slot = (slot + 1) & _mask;
        }
        return 0;
    }

    private bool IsWord(ReadOnlySpan<char> word) => Frequency(word) > 0;

    /// <summary>jieba's <c>AddWord(word, freq)</c>: the word with that frequency, the dictionary's total adjusted.</summary>
    public void AddWord(string word, int freq)
    {
        var old = Frequency(word);
        if (old > 0) _total -= old;
        _added[word] = freq;
        _total += freq;
        _addedMaxLength = Math.Max(_addedMaxLength, word.Length);
    }

    /// <summary>jieba's accurate cut with the HMM for runs of unknown single characters.</summary>
    public List<string> Cut(string text)
    {
        var result = new List<string>();
        foreach (var block in HanDefault.Split(text))
        {
            if (block.Length == 0) continue;
            if (HanDefault.IsMatch(block))
            {
                CutDag(block, result);
                continue;
            }
            foreach (var piece in SkipDefault.Split(block))
            {
                if (SkipDefault.IsMatch(piece))
                    result.Add(piece);
                else
                    foreach (var c in piece) result.Add(c.ToString());
            }
        }
        return result;
    }

    private void CutDag(string sentence, List<string> words)
    {
        var n = sentence.Length;
        var longest = Math.Max(_maxLength, _addedMaxLength);
        // The best route from each position to the end (jieba's Calc over its DAG), right to left.
        var routeEnd = new int[n + 1];
        var routeProb = new double[n + 1];
        var logTotal = Math.Log(_total);
        for (var i = n - 1; i >= 0; i--)
        {
            var bestEnd = -1;
            var bestProb = double.MinValue;
            var any = false;
            for (var x = i; x < n && x - i < longest; x++)
            {
                var freq = Frequency(sentence.AsSpan(i, x - i + 1));
                if (freq <= 0) continue;
                any = true;
                var prob = Math.Log(freq) - logTotal + routeProb[x + 1];
                if (bestProb < prob) (bestProb, bestEnd) = (prob, x);
            }
            if (!any)
            {
                // Only the character itself (jieba's DAG entry for a position where no word starts), at frequency 1.
                var prob = Math.Log(1) - logTotal + routeProb[i + 1];
                if (bestProb < prob) (bestProb, bestEnd) = (prob, i);
            }
            routeEnd[i] = bestEnd;
            routeProb[i] = bestProb;
        }

        var buffer = new StringBuilder();
        for (var x = 0; x < n;)
        {
            var y = routeEnd[x] + 1;
            if (y - x == 1)
                buffer.Append(sentence[x]);
            else
            {
                Flush(buffer, words);
                words.Add(sentence.Substring(x, y - x));
            }
            x = y;
        }
        Flush(buffer, words);
    }

    /// <summary>Single characters in a row: one stays, a known word splits into characters, anything else goes to the HMM.</summary>
    private void Flush(StringBuilder buffer, List<string> words)
    {
        if (buffer.Length == 0) return;
        var buf = buffer.ToString();
        buffer.Clear();
        if (buf.Length == 1)
            words.Add(buf);
        else if (IsWord(buf))
            foreach (var c in buf) words.Add(c.ToString());
        else
            HmmCut(buf, words);
    }

    private void HmmCut(string text, List<string> words)
    {
        foreach (var block in HanOnly.Split(text))
        {
            if (HanOnly.IsMatch(block))
                Viterbi(block, words);
            else
                foreach (var piece in HmmSkip.Split(block))
                    if (piece.Length > 0) words.Add(piece);
        }
    }

    private void Viterbi(string sentence, List<string> words)
    {
        var n = sentence.Length;
        var prob = new double[4];
        var next = new double[4];
        var from = new int[n, 4];
        for (var state = 0; state < 4; state++)
            prob[state] = StartProb[state] + _emit[state].GetValueOrDefault(sentence[0], MinProb);
        for (var i = 1; i < n; i++)
        {
            for (var y = 0; y < 4; y++)
            {
                var emit = _emit[y].GetValueOrDefault(sentence[i], MinProb);
                var best = double.MinValue;
                var bestFrom = -1;
                foreach (var y0 in PreviousStates[y])
                {
                    var p = prob[y0] + _trans[y0, y] + emit;
                    if (best <= p) (best, bestFrom) = (p, y0);
                }
                next[y] = best;
                from[i, y] = bestFrom;
            }
            (prob, next) = (next, prob);
        }

        var states = new int[n];
        states[n - 1] = prob[E] < prob[S] ? S : E;
        for (var i = n - 1; i > 0; i--)
            states[i - 1] = from[i, states[i]];

        int begin = 0, after = 0;
        for (var i = 0; i < n; i++)
        {
            if (states[i] == B)
                begin = i;
            else if (states[i] == E)
            {
                words.Add(sentence.Substring(begin, i + 1 - begin));
                after = i + 1;
            }
            else if (states[i] == S)
            {
                words.Add(sentence.Substring(i, 1));
                after = i + 1;
            }
        }
        if (after < n)
            words.Add(sentence[after..]);
    }

    private static int State(string name) => name switch
    {
        "B" => B, "M" => M, "E" => E, "S" => S,
        _ => throw new InvalidDataException($"jieba's HMM has no state '{name}'"),
    };

    private static Dictionary<char, double>[] ReadEmit(string path)
    {
        var emit = new Dictionary<char, double>[4];
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var state in document.RootElement.EnumerateObject())
        {
            var probs = new Dictionary<char, double>();
            foreach (var entry in state.Value.EnumerateObject())
                probs[entry.Name[0]] = entry.Value.GetDouble();
            emit[State(state.Name)] = probs;
        }
        for (var i = 0; i < 4; i++) emit[i] ??= [];
        return emit;
    }

    private static double[,] ReadTrans(string path)
    {
        var trans = new double[4, 4];
        for (var i = 0; i < 4; i++)
            for (var j = 0; j < 4; j++)
                trans[i, j] = MinProb;
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var state in document.RootElement.EnumerateObject())
            foreach (var entry in state.Value.EnumerateObject())
                trans[State(state.Name), State(entry.Name)] = entry.Value.GetDouble();
        return trans;
    }
}
