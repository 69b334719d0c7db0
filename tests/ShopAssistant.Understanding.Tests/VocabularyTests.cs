namespace ShopAssistant.Understanding.Tests;

/// <summary>Messages of letters none of which a shopper has been seen to use, or of Chinese fillers alone, are marked unfamiliar,
/// whatever the model guesses.</summary>
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
    [InlineData("啊这个那个", true)]
    [InlineData("嗯…就是那个啥", true)]
    [InlineData("这个多少钱", false)]
    [InlineData("那个杯子有货吗", false)]
    [InlineData("嗯", false)]
    [InlineData("", false)]
    public void Marks_only_words_no_shopper_uses_as_unfamiliar(string text, bool unfamiliar) =>
        Assert.Equal(unfamiliar, fixture.Understanding.Understand(text).Unfamiliar);
}
