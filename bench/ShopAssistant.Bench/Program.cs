using ShopAssistant.Bench;

// Usage: dotnet run -c Release --project bench/ShopAssistant.Bench -- foundation|handoff|load|memory|cold|scale --host path/to/ShopAssistant.dll
//        [load: --echo path/to/EchoBot.dll --conversations 400 --levels 20,50] [scale: --echo … --conversations 300 --levels 20,100 --rss 1000]
var host = Option("--host") ?? "";
var bench = args.FirstOrDefault();
if (bench is not ("foundation" or "handoff" or "load" or "memory" or "cold" or "scale") || !File.Exists(host) || (bench is "load" or "scale" && !File.Exists(Option("--echo"))))
{
    Console.Error.WriteLine("Usage: foundation|handoff --host ShopAssistant.dll  (build the host first: dotnet build -c Release src/ShopAssistant.Web)");
    Console.Error.WriteLine("       cold --host ShopAssistant.dll [--echo EchoBot.dll]");
    Console.Error.WriteLine("       memory --host ShopAssistant.dll [--conversations 10000] [--env NAME=VALUE,…] [--hold SECONDS]");
    Console.Error.WriteLine("       load --host ShopAssistant.dll --echo EchoBot.dll [--conversations 400] [--levels 20,50]  (also: dotnet build -c Release bench/EchoBot)");
    Console.Error.WriteLine("       scale --host ShopAssistant.dll --echo EchoBot.dll [--conversations 300] [--levels 20,100] [--rss 1000] [--pool 100]  (needs postgresql, redis-server, nginx)");
    return 2;
}
if (bench == "foundation") await FoundationBench.RunAsync(host);
else if (bench == "handoff") await HandoffBench.RunAsync(host);
else if (bench == "cold") await ColdStartBench.RunAsync(host, Option("--echo"));
else if (bench == "memory")
    await MemoryBench.RunAsync(host, int.Parse(Option("--conversations") ?? "10000"),
        (Option("--env") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(e => e.Split('=', 2)).ToDictionary(e => e[0], e => e[1]),
        int.Parse(Option("--hold") ?? "0"));
else if (bench == "scale")
    await ScaleBench.RunAsync(host, Option("--echo")!, int.Parse(Option("--conversations") ?? "300"),
        [.. (Option("--levels") ?? "20,100").Split(',').Select(int.Parse)], int.Parse(Option("--rss") ?? "1000"),
        Option("--pool") is { } pool ? int.Parse(pool) : null);
else await LoadBench.RunAsync(host, Option("--echo")!, int.Parse(Option("--conversations") ?? "400"),
    [.. (Option("--levels") ?? "20,50").Split(',').Select(int.Parse)]);
return 0;

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
