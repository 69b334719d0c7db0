namespace ShopAssistant.Knowledge.Evaluation;

/// <summary>Recall@1, Recall@3 and MRR over a group of questions, from the 1-based rank of the first right script (0: not found).</summary>
internal sealed record RetrievalScores(int Count, double Recall1, double Recall3, double Mrr)
{
    public static RetrievalScores Of(IReadOnlyCollection<int> ranks) => ranks.Count == 0
        ? new RetrievalScores(0, 0, 0, 0)
        : new RetrievalScores(
            ranks.Count,
            ranks.Count(r => r == 1) / (double)ranks.Count,
            ranks.Count(r => r is >= 1 and <= 3) / (double)ranks.Count,
            ranks.Sum(r => r > 0 ? 1.0 / r : 0) / ranks.Count);
}
