using ShopAssistant.Domain;

namespace ShopAssistant.Knowledge.Evaluation;

/// <summary>One labelled question of the retrieval set: any of <see cref="Expected"/> in the results counts as right.</summary>
internal sealed record RetrievalCase(ShopLanguage Language, IReadOnlyList<string> Expected, string Question)
{
    /// <summary>Reads the TSV: language, comma-separated topic ids, question. Lines starting with '#' are comments.</summary>
    public static List<RetrievalCase> ReadSet(string path)
    {
        var cases = new List<RetrievalCase>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var fields = line.Split('\t');
            if (fields.Length != 3 || fields[0] is not ("zh" or "en"))
                throw new FormatException($"{path}:{lineNumber}: expected 'zh|en<TAB>topic-id[,topic-id]<TAB>question'");
            var expected = fields[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            cases.Add(new RetrievalCase(ShopLanguages.Parse(fields[0]), expected, fields[2]));
        }
        return cases;
    }
}
