using System.Globalization;
using CooperationBot.Bot.Knowledge.Hosting;
using CooperationBot.Bot.Knowledge.Loading;

namespace CooperationBot.Host.Cli;

/// <summary>
/// <c>knowledge validate [path]</c>: checks a knowledge file (the default is the one the bot would load) and prints
/// every error and warning as <c>path:line:column: error|warning: message</c>, a note per draft item, then a summary line
/// (with the number of drafts pending review). Exit code 0 when
/// valid, 1 on errors, 2 on usage errors.
/// </summary>
public static class KnowledgeValidateCommand
{
    public const string UsageLine = "Usage: knowledge validate [path]";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Length > 1 || (args.Length == 1 && args[0].StartsWith('-')))
        {
            error.WriteLine(UsageLine);
            return 2;
        }

        var path = args.Length == 1 ? Path.GetFullPath(args[0]) : KnowledgePaths.Resolve(new KnowledgeOptions().Path);
        var display = args.Length == 1 ? args[0] : Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        var result = new KnowledgeFileLoader().Load(path, display);
        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }

        output.WriteLine(Summary(display, result));
        return result.IsValid ? 0 : 1;
    }

    private static string Summary(string display, KnowledgeLoadResult result)
    {
        var counts = $"{Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}";
        if (result.DraftCount > 0)
        {
            counts += $", {Count(result.DraftCount, "draft")} pending review";
        }

        if (result.Knowledge is not { } knowledge)
        {
            return $"{display}: {counts}";
        }

        var items = string.Join(", ",
            Count(knowledge.Facts.Count, "fact"),
            Count(knowledge.Figures.Count, "figure"),
            Count(knowledge.Quotes.Count, "quote"),
            Count(knowledge.Visits.Count, "visit"),
            Count(knowledge.People.Count, "person", "people"),
            Count(knowledge.Organisations.Count, "organisation"),
            Count(knowledge.Topics.Count, "topic"),
            Count(knowledge.Sources.Count, "source"));
        return $"{display}: {counts}; {items}; version {result.Version}";
    }

    private static string Count(int count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");
}
