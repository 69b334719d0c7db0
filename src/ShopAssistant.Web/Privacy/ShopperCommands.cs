using System.Text.Json;
using ShopAssistant.Data;

namespace ShopAssistant.Web.Privacy;

/// <summary>`shopper export --id X` (JSON on stdout) and `shopper erase --id X`: the same as the manager API, from a shell.</summary>
public static class ShopperCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> RunAsync(string[] args, TextWriter output, IConfiguration configuration)
    {
        var action = args.FirstOrDefault();
        var id = HostCommands.Option(args, "--id");
        if (action is not ("export" or "erase") || string.IsNullOrWhiteSpace(id) || id.Length > PrivacyEndpoints.MaxShopperIdLength)
        {
            await Console.Error.WriteLineAsync("Usage: shopper export|erase --id SHOPPER_ID");
            return 2;
        }
        await using var services = new ServiceCollection().AddLogging().AddShopStorage(configuration).BuildServiceProvider();
        var data = services.GetRequiredService<IShopperDataStore>();
        object result = action == "export"
            ? await data.ExportAsync(id, DateTimeOffset.UtcNow)
            : await data.EraseAsync(id, DateTimeOffset.UtcNow);
        await output.WriteLineAsync(JsonSerializer.Serialize(result, Json));
        return 0;
    }
}
