namespace ShopAssistant.Knowledge.Analysis;

/// <summary>Words that carry no topic in a shopper's question. Kept short: over-removal hurts more than noise.</summary>
internal static class StopWords
{
    public static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "at", "by", "for", "with", "about", "to", "from", "in", "on",
        "is", "are", "was", "were", "be", "been", "am", "do", "does", "did", "have", "has", "had", "i", "me", "my", "you",
        "your", "u", "ur", "we", "our", "us", "it", "its", "this", "that", "these", "those", "there", "here", "what",
        "whats", "which", "who", "whom", "how", "when", "where", "why", "can", "could", "will", "would", "shall", "should",
        "may", "might", "must", "so", "than", "too", "very", "just", "any", "some", "all", "please", "pls", "plz", "ok",
        "okay", "hi", "hey", "im", "ive", "id", "dont", "not", "no", "yes", "get", "got", "also", "as", "then", "now",
        "s", "t", "d", "ll", "re", "ve", "m", "much", "many", "one", "they", "them", "he", "she", "his", "her",
    };

    public static readonly HashSet<string> Chinese = new(StringComparer.Ordinal)
    {
        "的", "了", "吗", "呢", "吧", "啊", "呀", "哦", "嘛", "么", "是", "我", "你", "您", "他", "她", "它", "我们", "你们",
        "亲", "在", "就", "都", "也", "还", "和", "与", "或", "个", "这", "那", "这个", "那个", "一下", "请问", "请", "想",
        "要", "能", "会", "可以", "不", "没", "有", "吗亲", "呗", "啥", "什么", "怎么", "怎么办", "如何", "哪", "哪里",
        "多少", "几", "一个", "一", "下", "把", "被", "给", "让", "得", "地", "着", "过", "又", "再", "很", "太", "好",
    };
}
