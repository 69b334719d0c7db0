namespace ShopAssistant.Web.Tests;

/// <summary>The host's verbs through System.CommandLine: help starts nothing, mistakes are errors with a hint.</summary>
public sealed class CommandLineTests
{
    private static async Task<(int? Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await HostCommands.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("serve", "--help")]
    public async Task Help_lists_the_verbs_and_does_not_start_the_server(params string[] args)
    {
        var (exit, output, _) = await RunAsync(args);
        Assert.Equal(0, exit); // null would build and run the host
        Assert.Contains("Usage:", output);
        if (args[0] != "serve") Assert.Contains("import-data", output);
    }

    [Fact]
    public async Task A_verbs_help_lists_its_options()
    {
        var (exit, output, _) = await RunAsync("eval", "recommender", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--cutoff", output);
        Assert.Contains("--without-tuned-baselines", output);
    }

    [Theory]
    [InlineData("'--forse'", "--force", "train", "--forse")]
    [InlineData("'evl'", "eval", "evl", "intents")]
    public async Task A_mistyped_option_or_verb_is_an_error_with_a_suggestion(string named, string suggested, params string[] args)
    {
        var (exit, output, error) = await RunAsync(args);
        Assert.Equal(2, exit);
        Assert.Contains(named, error);
        Assert.Contains("Did you mean", output);
        Assert.Contains(suggested, output);
        Assert.Contains("--help", error);
    }

    [Theory]
    [InlineData("token")]
    [InlineData("token", "--customer", "seventeen")]
    [InlineData("shopper", "export")]
    [InlineData("eval", "recommender", "--json")]
    public async Task A_missing_or_malformed_option_is_an_error(params string[] args)
    {
        var (exit, _, error) = await RunAsync(args);
        Assert.Equal(2, exit);
        Assert.NotEmpty(error);
    }

    [Fact]
    public async Task Options_alone_are_the_servers_and_configuration_pairs_go_with_any_verb()
    {
        Assert.Null((await RunAsync("--urls", "http://localhost:5999")).Exit);
        Assert.Null((await RunAsync("serve", "--urls", "http://localhost:5999")).Exit);

        var (exit, output, error) = await RunAsync("token", "--customer", "17850", "--ShopAssistant:Shoppers:TokenKey", ShopHost.TokenKey);
        Assert.True(exit == 0, error);
        Assert.Equal(3, output.Trim().Split('.').Length);
    }
}
