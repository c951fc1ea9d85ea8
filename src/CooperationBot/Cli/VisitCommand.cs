using System.Text.Json;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Visits;

namespace CooperationBot.Host.Cli;

/// <summary>
/// <c>visit [--json] [--lang nl|en] "words"</c>: the summary of the one visit the words match, as readable text or
/// as JSON (the summary's fields with their citations, and the card). Exit 1 with the visits listed when no visit
/// or several visits match.
/// </summary>
public static class VisitCommand
{
    public const string UsageLine = "Usage: visit [--json] [--lang nl|en] \"words\"   (a year, person, place, organisation or title words)";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!VisitOptions.TryParse(args, out var options, out var problem))
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
        var language = options.Language ?? LanguageDetector.Detect(options.Words, null);
        var matches = VisitFinder.Find(snapshot.Knowledge, options.Words);
        if (matches.Count != 1)
        {
            return ListInstead(snapshot, options.Words, matches, language, error);
        }

        var visit = matches[0];
        var summary = VisitSummaryBuilder.Build(snapshot, visit, language);
        if (options.Json)
        {
            var link = services.GetRequiredService<IBriefingLinks>().CreateLink(visit.Id, language);
            output.WriteLine(VisitJson.Create(summary, link).ToJsonString(Indented));
        }
        else
        {
            VisitText.Write(summary, output);
        }

        return 0;
    }

    private static int ListInstead(KnowledgeSnapshot snapshot, string words, IReadOnlyList<Visit> matches, UserLanguage language, TextWriter error)
    {
        var english = language == UserLanguage.English;
        var listed = matches.Count == 0 ? VisitFinder.Find(snapshot.Knowledge, null) : matches;
        error.WriteLine(matches.Count == 0
            ? (english ? $"No visit matches '{words}'. Known visits:" : $"Geen bezoek bij '{words}'. Bekende bezoeken:")
            : (english ? $"{matches.Count} visits match '{words}'; add words to choose one:" : $"{matches.Count} bezoeken passen bij '{words}'; voeg woorden toe om er een te kiezen:"));
        foreach (var headline in VisitHeadline.From(listed, language))
        {
            error.WriteLine($"  {headline.Date:yyyy-MM-dd}  {headline.VisitId}  {headline.Title}");
        }

        return 1;
    }
}
