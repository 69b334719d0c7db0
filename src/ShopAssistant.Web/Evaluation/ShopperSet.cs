using System.Text.Json;
using System.Text.RegularExpressions;

namespace ShopAssistant.Web.Evaluation;

/// <summary>
/// A frozen evaluation set of shopper messages and conversations (data/eval/*.json), written from the handbook only by
/// someone who never saw the training data, scripts or code. Read, never written: a set is frozen after its first run.
/// </summary>
public sealed record ShopperSet(string Name, IReadOnlyList<SetMessage> Messages, IReadOnlyList<SetConversation> Conversations)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static ShopperSet Load(string path)
    {
        var file = JsonSerializer.Deserialize<SetFile>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} is empty.");
        var conversations = (file.Conversations ?? []).Select(c => c with
        {
            Patterns = c.Facts.Select(f => new Regex(f, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToList(),
        }).ToList();
        return new ShopperSet(file.Name ?? Path.GetFileNameWithoutExtension(path), file.Messages ?? [], conversations);
    }

    private sealed record SetFile(string? Name, List<SetMessage>? Messages, List<SetConversation>? Conversations);
}

/// <summary>One message alone, with the intent it has and whether handbook H3 hands it over.</summary>
public sealed record SetMessage(string Id, string Lang, string Class, string Text, string Intent, bool Handoff);

/// <summary>A few shopper turns; the reply to the last one must state every fact, and a handoff must (or must not) happen.</summary>
public sealed record SetConversation(string Id, string Lang, string Class, IReadOnlyList<string> Turns, IReadOnlyList<string> Facts, string? Intent, bool Handoff)
{
    public IReadOnlyList<Regex> Patterns { get; init; } = [];
}
