using CooperationBot.Bot.Briefings;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Phrasing;
using CooperationBot.Bot.Visits;

namespace CooperationBot.Host.Cli;

/// <summary>
/// <c>visit --docx out.docx [--lang nl|en] "words"</c>: writes the Word briefing note of the one visit the words
/// find. Exit 1 when no visit or several visits match (they are listed), 2 on a usage error.
/// </summary>
public static class VisitDocxCommand
{
    private const string DocxOption = "--docx";

    public const string UsageLine = "Usage: visit --docx out.docx [--lang nl|en] \"words\"   (words: a year, person, place or organisation)";

    /// <summary>True for a <c>visit</c> command line that asks for the Word note (<c>--docx</c>).</summary>
    public static bool Handles(string[] args) =>
        args is { Length: > 0 }
        && string.Equals(args[0], "visit", StringComparison.OrdinalIgnoreCase)
        && args.Contains(DocxOption, StringComparer.Ordinal);

    /// <summary>Runs with the arguments after <c>visit</c>.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!TryParse(args, out var path, out var language, out var words, out var problem))
        {
            error.WriteLine(problem);
            error.WriteLine(UsageLine);
            return 2;
        }

        using var services = CliServices.TryCreate(error);
        if (services is null)
        {
            return 1;
        }

        var snapshot = services.GetRequiredService<IKnowledgeSource>().Current;
        var visits = VisitFinder.Find(snapshot.Knowledge, words);
        if (visits.Count != 1)
        {
            error.WriteLine(visits.Count == 0 ? $"No visit matches \"{words}\". Known visits:" : $"{visits.Count} visits match \"{words}\"; add words to choose one:");
            foreach (var visit in visits.Count == 0 ? VisitFinder.Find(snapshot.Knowledge, null) : visits)
            {
                error.WriteLine($"  {visit.Date:yyyy-MM-dd}  {visit.Id}  {visit.Title.Nl}");
            }

            return 1;
        }

        var summary = services.GetRequiredService<VisitPhrasing>()
            .PhraseAsync(VisitSummaryBuilder.Build(snapshot, visits[0], language ?? LanguageDetector.Detect(words, null)), CancellationToken.None)
            .GetAwaiter().GetResult();
        var document = BriefingDocument.Create(summary, (time ?? services.GetRequiredService<TimeProvider>()).GetUtcNow());
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllBytes(path, document);
        output.WriteLine($"Wrote {path} ({document.Length / 1024.0:F1} KB): {summary.Title}");
        return 0;
    }

    private static bool TryParse(string[] args, out string path, out UserLanguage? language, out string words, out string? problem)
    {
        path = string.Empty;
        language = null;
        words = string.Empty;
        if (!CliArguments.TryParse(args, [DocxOption], out var parsed, out problem))
        {
            return false;
        }

        language = parsed.Language;
        words = string.Join(' ', parsed.Words);
        path = parsed.Values.GetValueOrDefault(DocxOption, string.Empty);
        if (parsed.Json || path.Length == 0 || string.IsNullOrWhiteSpace(words))
        {
            problem = parsed.Json ? "--docx writes a Word file: leave out --json."
                : path.Length == 0 ? "--docx needs the file to write." : "Give words that find the visit, e.g. \"Marokko 2023\".";
            return false;
        }

        return true;
    }
}
