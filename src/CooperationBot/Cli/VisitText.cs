using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Visits;

namespace CooperationBot.Host.Cli;

/// <summary>
/// A visit summary as readable text: the title, then each non-empty section under its heading; what changed since the
/// visit on an indented line under the item.
/// </summary>
public static class VisitText
{
    public static void Write(VisitSummary summary, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(output);
        var language = summary.Language;
        output.WriteLine(summary.Title);
        if (summary.IsTranslation)
        {
            output.WriteLine("(" + VisitHeadings.TranslationNote + ")");
        }

        output.WriteLine($"{VisitHeadings.Date(language)}: {CardDates.Format(summary.Date, language)}");
        output.WriteLine($"{VisitHeadings.Place(language)}: {summary.Place}");
        Section(output, VisitHeadings.Purpose(language), [summary.Purpose]);
        Section(output, VisitHeadings.Delegation(language), summary.Delegation.Select(p => VisitLines.Person(p) + Changes(VisitLines.Succeeded(p, language))));
        Section(output, VisitHeadings.Counterparts(language), summary.Counterparts.Select(p => VisitLines.Person(p) + Changes(VisitLines.Succeeded(p, language))));
        Section(output, VisitHeadings.Topics(language), summary.Topics);
        Section(output, VisitHeadings.Discussed(language), summary.Discussed);
        Section(output, VisitHeadings.Outcomes(language), summary.Outcomes);
        Section(output, VisitHeadings.Figures(language), summary.Figures.Select(f =>
            $"{VisitLines.FigureValue(f, language)}: {f.Meaning}\n    {VisitLines.FigureAsOf(f, language)}. {VisitSources.Line(summary, [f.Source])}"
            + Changes(VisitLines.SameDate(f, language), VisitLines.Newer(f, language), VisitLines.Replaced(f.ReplacedBy, language))));
        Section(output, VisitHeadings.Quotes(language), summary.Quotes.Select(q =>
            $"“{q.Text}”\n    — {VisitLines.QuoteSpeaker(q, language)}. {VisitSources.Line(summary, [q.Source])}"));
        Section(output, VisitHeadings.OrganisationsVisited(language), summary.OrganisationsVisited.Select(o =>
            VisitLines.Organisation(o) + (o.Note is null ? string.Empty : $"\n    {o.Note}")));
        Section(output, VisitHeadings.RelatedFacts(language), summary.RelatedFacts.Select(f =>
            $"{f.Text}\n    {VisitSources.Line(summary, [f.Source])}" + Changes(VisitLines.Replaced(f.ReplacedBy, language))));
        Section(output, VisitHeadings.Sources(language), summary.Sources.Select(d =>
            VisitSources.Document(summary, d) + (d.Url is null ? string.Empty : $"\n    {d.Url}")));
        output.WriteLine();
        output.WriteLine((language == UserLanguage.English ? "Knowledge of " : "Kennis van ") + CardDates.Format(summary.KnowledgeDate, language));
    }

    /// <summary>What changed since the visit, each on its own indented line under the item; empty when nothing did.</summary>
    private static string Changes(params string?[] changes) =>
        string.Concat(changes.OfType<string>().Select(change => "\n    " + change));

    private static void Section(TextWriter output, string heading, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(heading);
        foreach (var line in list)
        {
            output.WriteLine("  - " + line);
        }
    }
}
