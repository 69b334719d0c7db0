using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;

namespace ShopAssistant.Web.Tests;

/// <summary>The README's configuration table and the options classes the host binds say the same keys.</summary>
public sealed partial class ConfigurationTableTests
{
    [Fact]
    public void Every_setting_of_every_options_class_is_in_the_readme_and_every_documented_key_is_bound()
    {
        var bound = OptionsKeys().ToHashSet(StringComparer.Ordinal);
        var documented = ReadmeKeys().ToHashSet(StringComparer.Ordinal);
        var sections = bound.Select(SectionOf).ToHashSet();

        Assert.Empty(bound.Where(k => !documented.Contains(k)).Order());
        // Keys of a section that has an options class must be among its settings (a typo or a removed setting shows here).
        Assert.Empty(documented.Where(k => sections.Contains(SectionOf(k)) && !bound.Contains(k)).Order());
        Assert.Contains("ShopAssistant:Staff:N:Role", bound);
        Assert.Contains("ShopAssistant:Qdrant:Endpoint", bound);
    }

    private static string SectionOf(string key) => string.Join(':', key.Split(':').Take(2));

    /// <summary>Every public settable property of every class with a <c>Section</c> constant, as a configuration key.</summary>
    private static IEnumerable<string> OptionsKeys()
    {
        var assemblies = Directory.GetFiles(AppContext.BaseDirectory, "ShopAssistant*.dll")
            .Where(f => Path.GetFileName(f) is var name && !name.Contains(".Tests", StringComparison.Ordinal) && !name.Contains("ShopAssistant.Testing", StringComparison.Ordinal))
            .Select(f => Assembly.LoadFrom(f));
        foreach (var type in assemblies.SelectMany(a => a.GetExportedTypes()))
        {
            if (Section(type) is not { } section || !section.StartsWith("ShopAssistant:", StringComparison.Ordinal)) continue;
            // A list type (the staff accounts) is bound from the section's children: ShopAssistant:Staff:N:UserName.
            var keys = typeof(IEnumerable).IsAssignableFrom(type)
                ? KeysOf(type.BaseType!.GetGenericArguments().Single(), section + ":N")
                : KeysOf(type, section);
            foreach (var key in keys) yield return key;
        }
    }

    private static string? Section(Type type) =>
        type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } f ? f.GetRawConstantValue() as string : null;

    private static IEnumerable<string> KeysOf(Type type, string prefix)
    {
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            var t = p.PropertyType;
            if (t != typeof(string) && typeof(IEnumerable).IsAssignableFrom(t))
            {
                var item = t.GetGenericArguments().Single();
                if (item == typeof(string)) yield return $"{prefix}:{p.Name}:N";
                else foreach (var k in KeysOf(item, $"{prefix}:{p.Name}:N")) yield return k;
            }
            else if (t.IsClass && t != typeof(string) && t != typeof(Uri))
            {
                // A nested class with a section of its own (Knowledge's Qdrant) is listed under that section.
                if (Section(t) is null) foreach (var k in KeysOf(t, $"{prefix}:{p.Name}")) yield return k;
            }
            else yield return $"{prefix}:{p.Name}";
        }
    }

    /// <summary>The keys in the first column of the README's configuration table; "`…:Password`" continues the key before it.</summary>
    private static IEnumerable<string> ReadmeKeys()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var table = readme[readme.IndexOf("## Configuration", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        foreach (var row in table.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            string? last = null;
            foreach (Match m in Key().Matches(row.Split('|')[1]))
            {
                var key = m.Groups[1].Value;
                if (key.StartsWith('…') && last is not null) key = last[..last.LastIndexOf(':')] + key[1..];
                last = key;
                if (key.StartsWith("ShopAssistant:", StringComparison.Ordinal)) yield return key;
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ShopAssistant.sln"))) return dir.FullName;
        throw new InvalidOperationException("ShopAssistant.sln not found above the test binaries.");
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Key();
}
