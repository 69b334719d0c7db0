using System.Text.RegularExpressions;
using ShopAssistant.Data;
using ShopAssistant.Domain.Conversations;

namespace ShopAssistant.Web.Tests;

/// <summary>The agent console shows every reason and status the server can send as words, never as a raw code.</summary>
public sealed class ConsoleLabelsTests
{
    private static readonly string Labels = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "ShopAssistant.Web", "wwwroot", "staff", "labels.js"));

    public static TheoryData<string> Codes() =>
        [.. HandoffReasons.All, HandoffStatus.Waiting, HandoffStatus.Active, HandoffStatus.Resolved, HandoffStatus.ReturnedToBot];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_a_chinese_and_an_english_label(string code)
    {
        var label = Regex.Match(Labels, $@"^\s*{Regex.Escape(code)}: ""([^""]+)"",", RegexOptions.Multiline);
        Assert.True(label.Success, $"labels.js has no label for {code}");
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", label.Groups[1].Value);
        Assert.Matches("[A-Z][a-z]", label.Groups[1].Value);
    }

    internal static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ShopAssistant.sln"))) root = root.Parent;
        return root?.FullName ?? throw new InvalidOperationException("No ShopAssistant.sln above the test output.");
    }
}
