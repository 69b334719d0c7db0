using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ShopAssistant.Recommendations.Tests;

public class CommandTests
{
    [Theory]
    [InlineData("eval", "recommender")]
    [InlineData("eval", "recommender", "--cutoff", "2011-13-45")]
    [InlineData("eval", "recommender", "--cutoff", "yesterday")]
    [InlineData("eval", "recommender", "--cutoff", "2011-11-01", "--test-end", "11/12/2011")]
    [InlineData("eval", "recommender", "--cutoff", "2011-11-01", "--data", "/no/such/folder")]
    public async Task Bad_eval_input_is_one_clear_line_and_exit_code_2(params string[] args)
    {
        var output = new StringWriter();
        Assert.Equal(2, await RecommenderCommands.EvalAsync(args, output));
        Assert.StartsWith("error: ", output.ToString());
        Assert.DoesNotContain("   at ", output.ToString());
    }

    [Theory]
    [InlineData("2009-01-01")]
    [InlineData("2010-12-05")]
    [InlineData("2012-06-01")]
    public async Task Cutoff_outside_the_data_is_refused(string cutoff)
    {
        var output = new StringWriter();
        Assert.Equal(2, await RecommenderCommands.EvalAsync(["eval", "recommender", "--cutoff", cutoff], output));
        Assert.Contains("outside the data", output.ToString());
    }

    [Fact]
    public void Model_directory_comes_from_configuration()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ShopAssistant:Recommendations:ModelDirectory"] = "/tmp/models" })
            .Build();
        using var provider = new ServiceCollection().AddShopRecommendations(configuration).BuildServiceProvider();
        Assert.Equal("/tmp/models", provider.GetRequiredService<RecommenderOptions>().ModelDirectory);

        using var defaults = new ServiceCollection().AddShopRecommendations(new ConfigurationBuilder().Build()).BuildServiceProvider();
        Assert.Equal("app-data/recommender", defaults.GetRequiredService<RecommenderOptions>().ModelDirectory);
    }
}
