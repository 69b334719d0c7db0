using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ShopAssistant.Testing;

/// <summary>
/// The embeddings half of the scripted server: <c>POST /v1/embeddings</c> in the OpenAI wire format (a string or an
/// array of strings in, one vector per input out, float arrays or base64 as the client asks, usage counted). By default
/// it answers with a hashed bag of words (character pairs for Chinese), so texts sharing wording get near vectors.
/// </summary>
public sealed partial class ScriptedModel
{
    public const int EmbeddingDimensions = 256;

    /// <summary>Every embeddings request body received, kept apart from the chat <see cref="Requests"/>.</summary>
    public ConcurrentQueue<JsonObject> EmbeddingRequests { get; } = new();

    /// <summary>Scripts the embeddings answers (a 500, a hang…); by default <see cref="Vectors"/>.</summary>
    public Func<JsonObject, CancellationToken, Task<ScriptedResponse>> Embeddings { get; set; } = (request, _) => Task.FromResult(Ok(Vectors(request)));

    /// <summary>The texts of every embeddings request received, in order.</summary>
    public IReadOnlyList<string> EmbeddedTexts => EmbeddingRequests.SelectMany(Inputs).ToList();

    private async Task<IResult> AnswerEmbeddingsAsync(HttpContext context)
    {
        var request = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        EmbeddingRequests.Enqueue(request);
        try
        {
            var response = await Embeddings(request, context.RequestAborted);
            return Results.Content(response.Body, "application/json", statusCode: response.Status);
        }
        catch (OperationCanceledException)
        {
            Abandoned++;
            return Results.Empty;
        }
    }

    /// <summary>The response body for a request, as a provider would send it.</summary>
    public static string Vectors(JsonObject request)
    {
        var base64 = (string?)request["encoding_format"] == "base64";
        var inputs = Inputs(request);
        var data = new JsonArray();
        for (var i = 0; i < inputs.Count; i++)
        {
            var vector = Vector(inputs[i]);
            data.Add(new JsonObject
            {
                ["object"] = "embedding",
                ["index"] = i,
                ["embedding"] = base64 ? Convert.ToBase64String(MemoryMarshal.AsBytes(vector.AsSpan())) : new JsonArray(vector.Select(v => (JsonNode)v).ToArray()),
            });
        }
        var tokens = inputs.Sum(t => Words(t).Count());
        return new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = (string?)request["model"] ?? "scripted-embeddings",
            ["usage"] = new JsonObject { ["prompt_tokens"] = tokens, ["total_tokens"] = tokens },
        }.ToJsonString();
    }

    private static List<string> Inputs(JsonObject request) => request["input"] switch
    {
        JsonArray many => many.Select(n => (string?)n ?? "").ToList(),
        JsonNode one => [(string?)one ?? ""],
        _ => [],
    };

    /// <summary>Unit-length hashed bag of words: the same words give the same vector, shared words a high cosine.</summary>
    public static float[] Vector(string text)
    {
        var vector = new float[EmbeddingDimensions];
        foreach (var word in Words(text))
            vector[(int)(Fnv(word) % EmbeddingDimensions)] += 1;
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        if (norm > 0) for (var i = 0; i < vector.Length; i++) vector[i] /= norm;
        return vector;
    }

    /// <summary>Lower-cased Latin words and, for Chinese (no spaces), each pair of neighbouring characters.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var lower = text.ToLower(CultureInfo.InvariantCulture);
        var word = new System.Text.StringBuilder();
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            if (c >= '\u4e00' && c <= '\u9fff')
            {
                if (i + 1 < lower.Length && lower[i + 1] >= '\u4e00' && lower[i + 1] <= '\u9fff') yield return lower.Substring(i, 2);
                else yield return c.ToString();
            }
            if (char.IsLetterOrDigit(c) && c < '\u4e00') { word.Append(c); continue; }
            if (word.Length > 0) { yield return word.ToString(); word.Clear(); }
        }
        if (word.Length > 0) yield return word.ToString();
    }

    private static uint Fnv(string s)
    {
        var hash = 2166136261u;
        foreach (var c in s) hash = (hash ^ c) * 16777619u;
        return hash;
    }
}
