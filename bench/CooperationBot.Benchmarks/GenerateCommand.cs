using System.Globalization;
using CooperationBot.Benchmarks.Synthetic;
using CooperationBot.Bot.Knowledge.Loading;

namespace CooperationBot.Benchmarks;

/// <summary><c>generate &lt;items&gt; &lt;out-folder&gt; [seed]</c>: writes synthetic knowledge and checks it with the bot's loader.</summary>
internal static class GenerateCommand
{
    public static int Run(string[] args)
    {
        if (args.Length < 2 || !int.TryParse(args[0], CultureInfo.InvariantCulture, out var items) || items < 20)
        {
            Console.Error.WriteLine("usage: generate <items (at least 20)> <out-folder> [seed]");
            return 2;
        }

        var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : Measure.DefaultSeed;
        var time = TimeProvider.System;
        var started = time.GetTimestamp();
        var knowledge = SyntheticKnowledge.Generate(items, seed);
        var path = SyntheticKnowledgeFiles.Write(knowledge, args[1]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({items} synthetic items, seed {seed}) in {time.GetElapsedTime(started).TotalSeconds:F1} s"));

        started = time.GetTimestamp();
        var result = new KnowledgeFileLoader().Load(path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"loaded with the bot's loader in {time.GetElapsedTime(started).TotalSeconds:F1} s: {result.ErrorCount} errors, {result.WarningCount} warnings"));
        foreach (var diagnostic in result.Diagnostics.Take(20))
        {
            Console.Error.WriteLine(diagnostic);
        }

        return result.IsValid ? 0 : 1;
    }
}
