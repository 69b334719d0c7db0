namespace ShopAssistant.Understanding.Tests;

/// <summary>Messages of letters none of which a shopper has been seen to use are marked unfamiliar, whatever the model guesses.</summary>
[Collection(UnderstandingCollection.Name)]
public sealed class VocabularyTests(UnderstandingFixture fixture)
{
    [Theory]
    [InlineData("xyzzy plugh", true)]
    [InlineData("blorft quizzle zxqv", true)]
    [InlineData("how much is shipping", false)]
    [InlineData("shiping fee??", false)]
    [InlineData("运费多少", false)]
    [InlineData("536367", false)]
    [InlineData("", false)]
    public void Marks_only_words_no_shopper_uses_as_unfamiliar(string text, bool unfamiliar) =>
        Assert.Equal(unfamiliar, fixture.Understanding.Understand(text).Unfamiliar);
}
