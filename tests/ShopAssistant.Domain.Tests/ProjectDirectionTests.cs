using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ShopAssistant.Domain.Tests;

/// <summary>
/// Project references point one way (README, Architecture): each project under src/ references exactly the projects
/// listed here, the storage layer knows no web framework, and the README's table says the same.
/// </summary>
public sealed partial class ProjectDirectionTests
{
    /// <summary>The documented direction: project → the projects it references directly.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Direction = new Dictionary<string, string[]>
    {
        ["Domain"] = [],
        ["AI"] = ["Domain"],
        ["Understanding"] = ["Domain"],
        ["Knowledge"] = ["Domain"],
        ["Recommendations"] = ["Domain"],
        ["Data"] = ["Domain"],
        ["Assistant"] = ["AI", "Domain", "Knowledge", "Recommendations", "Understanding"],
        ["Quality"] = ["AI", "Data", "Domain"],
        ["Bot"] = ["Assistant", "Data"],
        ["Web"] = ["Bot", "Quality"],
    };

    /// <summary>Projects that must not pull in ASP.NET Core (data protection and HTTP belong to the host).</summary>
    private static readonly string[] WithoutWebFramework = ["Domain", "AI", "Data", "Quality"];

    [Fact]
    public void Every_project_references_exactly_the_documented_projects()
    {
        var actual = Projects().ToDictionary(p => p.Name, p => References(p.Document));

        Assert.Equal(Direction.Keys.Order(), actual.Keys.Order());
        foreach (var (project, references) in actual)
            Assert.True(Direction[project].Order().SequenceEqual(references.Order()),
                $"{project} references [{string.Join(", ", references.Order())}], documented [{string.Join(", ", Direction[project])}]");
    }

    [Fact]
    public void The_storage_layer_and_the_model_layer_do_not_reference_the_web_framework()
    {
        foreach (var (name, document) in Projects().Where(p => WithoutWebFramework.Contains(p.Name)))
        {
            var frameworks = document.Descendants("FrameworkReference").Select(f => (string?)f.Attribute("Include")).ToList();
            Assert.True(frameworks.Count == 0, $"{name} has FrameworkReference {string.Join(", ", frameworks)}");
            Assert.DoesNotContain(document.Descendants("PackageReference"), p => ((string?)p.Attribute("Include"))?.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) == true);
        }
    }

    [Fact]
    public void The_readme_documents_the_same_direction()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"));
        var rows = readme.Select(l => ReadmeRow().Match(l)).Where(m => m.Success)
            .ToDictionary(m => m.Groups["project"].Value, m => m.Groups["refs"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(r => r != "—").Select(r => r.Trim('`')).Order().ToArray());

        Assert.Equal(Direction.Keys.Order(), rows.Keys.Order());
        foreach (var (project, references) in Direction) Assert.Equal(references.Order(), rows[project]);
    }

    private static IEnumerable<(string Name, XDocument Document)> Projects() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(path => (Short(Path.GetFileNameWithoutExtension(path)), XDocument.Load(path)));

    private static string[] References(XDocument project) =>
        project.Descendants("ProjectReference").Select(r => Short(Path.GetFileNameWithoutExtension(((string?)r.Attribute("Include") ?? "").Replace('\\', '/')))).ToArray();

    private static string Short(string projectName) => projectName.StartsWith("ShopAssistant.", StringComparison.Ordinal) ? projectName["ShopAssistant.".Length..] : projectName;

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "ShopAssistant.sln"))) return folder.FullName;
        throw new InvalidOperationException("ShopAssistant.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A row of the README's "Project references" table: | `ShopAssistant.X` | `A`, `B` |.</summary>
    [GeneratedRegex(@"^\|\s*`ShopAssistant\.(?<project>[A-Za-z]+)`\s*\|\s*(?<refs>[^|]*)\|\s*$")]
    private static partial Regex ReadmeRow();
}
