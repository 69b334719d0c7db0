using ShopAssistant.Bench;

// Usage: dotnet run -c Release --project bench/ShopAssistant.Bench -- foundation|handoff --host path/to/ShopAssistant.dll
var host = args.SkipWhile(a => a != "--host").Skip(1).FirstOrDefault() ?? "";
var bench = args.FirstOrDefault();
if (bench is not ("foundation" or "handoff") || !File.Exists(host))
{
    Console.Error.WriteLine("Usage: foundation|handoff --host ShopAssistant.dll  (build the host first: dotnet build -c Release src/ShopAssistant.Web)");
    return 2;
}
if (bench == "foundation") await FoundationBench.RunAsync(host);
else await HandoffBench.RunAsync(host);
return 0;
