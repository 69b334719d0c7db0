using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace ShopAssistant.Bot;

/// <summary>Activities are Newtonsoft-annotated; this is how the bot layer writes them anywhere but the wire.</summary>
internal static class BotJson
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
    };

    public static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);
}
