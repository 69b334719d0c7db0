using ShopAssistant.Bench;

// Usage: dotnet run -c Release --project bench/ShopAssistant.Bench -- foundation [--host path/to/ShopAssistant.dll]
var host = args.SkipWhile(a => a != "--host").Skip(1).FirstOrDefault()
    ?? "";
if (args.FirstOrDefault() != "foundation" || !File.Exists(host))
{
    Console.Error.WriteLine("Usage: foundation [--host ShopAssistant.dll]  (build the host in Release first: dotnet build -c Release src/ShopAssistant.Web)");
    return 2;
}
await FoundationBench.RunAsync(host);
return 0;
