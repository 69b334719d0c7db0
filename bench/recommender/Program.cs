using ShopAssistant.Recommendations;

// `train [...]` or `eval recommender --cutoff DATE [...]`, exactly as the host passes them.
return args.FirstOrDefault() == "train"
    ? await RecommenderCommands.TrainAsync(args, Console.Out)
    : await RecommenderCommands.EvalAsync(args, Console.Out);
