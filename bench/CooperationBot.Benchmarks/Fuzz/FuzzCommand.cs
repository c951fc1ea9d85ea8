using System.Globalization;

namespace CooperationBot.Benchmarks.Fuzz;

/// <summary>
/// <c>fuzz [--requests N] [--seed S] [--concurrency C] [--out file] | fuzz --replay S:I</c>: hostile input against
/// the real bot process (see <see cref="FuzzRunner"/>). Prints the summary (also to <c>--out</c>), writes failing
/// requests as <c>seed:index</c> lines to <c>fuzz-failures.txt</c> (or <c>&lt;out&gt;.failures.txt</c>), and exits 1
/// on any 5xx, unanswered request, crash or memory bound breached.
/// </summary>
internal static class FuzzCommand
{
    public static int Run(string[] args)
    {
        try
        {
            return RunAsync(args).GetAwaiter().GetResult();
        }
        catch (FormatException exception)
        {
            Console.Error.WriteLine($"fuzz: {exception.Message}");
            Console.Error.WriteLine("usage: fuzz [--requests N] [--seed S] [--concurrency C] [--out file] | fuzz --replay <seed>:<index>");
            return 2;
        }
    }

    private static async Task<int> RunAsync(string[] args)
    {
        var settings = new FuzzSettings
        {
            Requests = Number(args, "--requests") ?? 10_000,
            Seed = Number(args, "--seed") ?? new FuzzSettings().Seed,
            Concurrency = Number(args, "--concurrency") ?? new FuzzSettings().Concurrency,
        };
        if (Option(args, "--replay") is { } replay)
        {
            var parts = replay.Split(':');
            if (parts.Length != 2)
            {
                throw new FormatException($"--replay wants <seed>:<index>, not '{replay}'.");
            }

            var (_, outcome, report) = await FuzzRunner.ReplayAsync(settings, Parse(parts[0]), Parse(parts[1]), CancellationToken.None);
            Console.Write(report);
            return outcome.Failed ? 1 : 0;
        }

        var result = await FuzzRunner.RunAsync(settings, CancellationToken.None);
        var summary = result.ToMarkdown();
        Console.Write(summary);
        var output = Option(args, "--out");
        if (output is not null)
        {
            await File.WriteAllTextAsync(output, summary);
        }

        var failures = result.Failures;
        if (failures.Count > 0)
        {
            var path = output is null ? "fuzz-failures.txt" : output + ".failures.txt";
            await File.WriteAllLinesAsync(path, failures.Select(f => f.ToString()));
            Console.WriteLine($"{failures.Count} failing requests written to {path}; replay one with: fuzz --replay <seed>:<index>");
        }

        return result.Breaches.Count == 0 ? 0 : 1;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at < 0 ? null : at + 1 < args.Length ? args[at + 1] : throw new FormatException($"{name} needs a value.");
    }

    private static int? Number(string[] args, string name) => Option(args, name) is { } value ? Parse(value) : null;

    private static int Parse(string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"'{value}' is not a whole number.");
}
