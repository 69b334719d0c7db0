using ShopAssistant.Bench;

// Usage: dotnet run -c Release --project bench/ShopAssistant.Bench -- foundation|handoff|load --host path/to/ShopAssistant.dll
//        [load: --echo path/to/EchoBot.dll --conversations 400 --levels 20,50]
var host = Option("--host") ?? "";
var bench = args.FirstOrDefault();
if (bench is not ("foundation" or "handoff" or "load") || !File.Exists(host) || (bench == "load" && !File.Exists(Option("--echo"))))
{
    Console.Error.WriteLine("Usage: foundation|handoff --host ShopAssistant.dll  (build the host first: dotnet build -c Release src/ShopAssistant.Web)");
    Console.Error.WriteLine("       load --host ShopAssistant.dll --echo EchoBot.dll [--conversations 400] [--levels 20,50]  (also: dotnet build -c Release bench/EchoBot)");
    return 2;
}
if (bench == "foundation") await FoundationBench.RunAsync(host);
else if (bench == "handoff") await HandoffBench.RunAsync(host);
else await LoadBench.RunAsync(host, Option("--echo")!, int.Parse(Option("--conversations") ?? "400"),
    [.. (Option("--levels") ?? "20,50").Split(',').Select(int.Parse)]);
return 0;

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
