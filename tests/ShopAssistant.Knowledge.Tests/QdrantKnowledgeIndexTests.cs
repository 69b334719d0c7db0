using ShopAssistant.Knowledge.Qdrant;

namespace ShopAssistant.Knowledge.Tests;

/// <summary>Builds a throw-away collection on the server named by QDRANT_URL; nothing is touched when it is unset.</summary>
public sealed class QdrantStoreFixture : IKnowledgeStoreFixture, IDisposable
{
    private readonly TempFolder folder = new();
    private readonly Lazy<QdrantKnowledgeIndex> index;

    public QdrantStoreFixture() =>
        index = new Lazy<QdrantKnowledgeIndex>(() => new QdrantKnowledgeIndex(new KnowledgeOptions
        {
            ScriptsDirectory = ShippedKnowledgeBase.Directory,
            IndexDirectory = folder.Sub("index"),
            Qdrant = new QdrantOptions
            {
                Endpoint = new Uri(Environment.GetEnvironmentVariable(QdrantFactAttribute.Variable)
                    ?? throw new InvalidOperationException($"{QdrantFactAttribute.Variable} is not set")),
                ApiKey = Environment.GetEnvironmentVariable("QDRANT_API_KEY"),
                Collection = "shop-knowledge-test-" + Guid.NewGuid().ToString("N")[..8],
            },
        }));

    public IKnowledgeIndex Index => index.Value;

    public void Dispose()
    {
        if (index.IsValueCreated)
            index.Value.Dispose();
        folder.Dispose();
    }
}

public sealed class QdrantKnowledgeIndexTests(QdrantStoreFixture store)
    : KnowledgeIndexBehaviour(store), IClassFixture<QdrantStoreFixture>
{
    [QdrantFact] public Task Finds_the_right_script() => Finds_the_right_script_in_the_top_three();
    [QdrantFact] public Task Language_filter() => Returns_the_requested_language_even_when_asked_in_the_other();
    [QdrantFact] public Task Language_from_question() => Without_a_language_answers_in_the_questions_language();
    [QdrantFact] public Task Intent_filter() => Keeps_only_scripts_of_the_requested_intent();
    [QdrantFact] public Task Citations() => Every_hit_carries_its_citation();
    [QdrantFact] public Task Staff_notes() => Staff_notes_are_never_shown_to_shoppers();
    [QdrantFact] public Task Top() => Returns_at_most_top_hits();
    [QdrantFact] public Task Bad_input() => Survives_bad_input();
}
