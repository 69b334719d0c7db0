namespace ShopAssistant.Knowledge.Tests;

public sealed class EmbeddedStoreFixture : IKnowledgeStoreFixture, IDisposable
{
    private readonly TempFolder folder = new();

    public EmbeddedStoreFixture() =>
        Index = new EmbeddedKnowledgeIndex(new KnowledgeOptions
        {
            ScriptsDirectory = ShippedKnowledgeBase.Directory,
            IndexDirectory = folder.Sub("index"),
        });

    public IKnowledgeIndex Index { get; }

    public void Dispose() => folder.Dispose();
}

public sealed class EmbeddedKnowledgeIndexTests(EmbeddedStoreFixture store)
    : KnowledgeIndexBehaviour(store), IClassFixture<EmbeddedStoreFixture>
{
    [Fact] public Task Finds_the_right_script() => Finds_the_right_script_in_the_top_three();
    [Fact] public Task Language_filter() => Returns_the_requested_language_even_when_asked_in_the_other();
    [Fact] public Task Language_from_question() => Without_a_language_answers_in_the_questions_language();
    [Fact] public Task Intent_filter() => Keeps_only_scripts_of_the_requested_intent();
    [Fact] public Task Citations() => Every_hit_carries_its_citation();
    [Fact] public Task Staff_notes() => Staff_notes_are_never_shown_to_shoppers();
    [Fact] public Task Top() => Returns_at_most_top_hits();
    [Fact] public Task Bad_input() => Survives_bad_input();
}
