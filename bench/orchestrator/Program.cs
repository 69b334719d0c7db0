using ShopAssistant.Assistant;

// Until the host wires `eval handoffs`, this runs the same command in process: dotnet run -c Release -- [--repeat n] [--json]
return await AssistantCommands.EvalHandoffsAsync(args, Console.Out);
