using System.Globalization;
using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Curators;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// The curators' report in chat: the largest groups of unanswered questions (refused or partly known, with what is
/// missing) and the down-voted answers.
/// </summary>
public static class CuratorReportCard
{
    /// <summary>How many groups, and how many down-voted answers, the card shows.</summary>
    public const int MaxEntries = 5;

    private const int MaxComments = 3;

    public static AdaptiveCard Create(GapReport report, UserLanguage language, int retentionDays)
    {
        ArgumentNullException.ThrowIfNull(report);

        // The counts ("12 onbeantwoorde vragen … in de laatste 90 dagen.") are the message text, fallbackText and
        // speak; the card starts with the heading and goes on with the groups, so the sentence is not shown twice.
        var summary = Summary(report, language, retentionDays);
        var body = new List<CardElement>
        {
            Heading(Pick(language, "Kennishiaten", "Knowledge gaps")),
            Subheading(Pick(language, "Onbeantwoorde vragen", "Unanswered questions")),
        };
        body.AddRange(report.Unanswered.Count == 0
            ? [Note(Pick(language, "Geen: elke vraag kreeg een antwoord.", "None: every question was answered."))]
            : report.Unanswered.Take(MaxEntries).Select(g => Group(g, language)));
        body.AddRange(More(report.Unanswered.Count, language));
        body.Add(Subheading(Pick(language, "Antwoorden met een duim omlaag", "Answers voted down")));
        body.AddRange(report.DownVoted.Count == 0
            ? [Note(Pick(language, "Geen.", "None."))]
            : report.DownVoted.Take(MaxEntries).Select(a => DownVoted(a, language)));
        body.AddRange(More(report.DownVoted.Count, language));
        body.Add(Note(Pick(
            language,
            "Zonder gegevens over wie iets vroeg. Het volledige overzicht: knowledge gaps op de opdrachtregel.",
            "Nothing about who asked. The full report: knowledge gaps on the command line.")));
        return Card(language, summary, body);
    }

    private static string Summary(GapReport report, UserLanguage language, int retentionDays)
    {
        var period = report.Since is { } since
            ? Pick(language, "sinds ", "since ") + Date(since, language)
            : string.Format(CultureInfo.InvariantCulture, Pick(language, "in de laatste {0} dagen", "in the last {0} days"), retentionDays);
        var partly = report.PartlyKnownCount == 0
            ? string.Empty
            : string.Format(CultureInfo.InvariantCulture, Pick(language, " ({0} deels bekend)", " ({0} partly known)"), report.PartlyKnownCount);
        return string.Format(
            CultureInfo.InvariantCulture,
            Pick(language, "{0} onbeantwoorde vragen{4} in {1} groepen en {2} duimen omlaag, {3}.", "{0} unanswered questions{4} in {1} groups and {2} thumbs-down votes, {3}."),
            report.UnansweredCount,
            report.Unanswered.Count,
            report.DownVoteCount,
            period,
            partly);
    }

    private static Container Group(GapGroup group, UserLanguage language)
    {
        var items = new List<CardElement> { Counted(group.Count, group.Examples[0]) };
        items.AddRange(group.Examples.Skip(1).Select(e => new TextBlock("- " + e) { Wrap = true, Spacing = Spacing.None }));
        var details = string.Join(" · ", [
            string.Join(", ", group.Languages),
            Period(group.FirstSeen, group.LastSeen, language),
            .. Listed(Pick(language, "ontbreekt: ", "missing: "), group.Missing),
            .. Listed(Pick(language, "dichtbij: ", "nearest: "), group.Candidates.Select(c => c.ItemId)),
        ]);
        items.Add(Note(details));
        return new Container { Items = items, Separator = true };
    }

    /// <summary>"label: a, b" as one detail, or none when there are no values.</summary>
    private static IEnumerable<string> Listed(string label, IEnumerable<string> values)
    {
        var list = string.Join(", ", values);
        return list.Length == 0 ? [] : [label + list];
    }

    private static Container DownVoted(DownVotedAnswer answer, UserLanguage language)
    {
        var items = new List<CardElement>
        {
            Counted(answer.Count, answer.ItemId ?? Pick(language, "(onbekend antwoord)", "(unknown answer)")),
        };
        items.AddRange(answer.Questions.Take(1).Select(q => new TextBlock(Pick(language, "Vraag: ", "Question: ") + q) { Wrap = true, Spacing = Spacing.None }));
        items.AddRange(answer.Comments.Take(MaxComments).Select(c => new TextBlock($"\u201C{c}\u201D") { Wrap = true, Spacing = Spacing.None, IsSubtle = true }));
        items.Add(Note(Period(answer.FirstSeen, answer.LastSeen, language)));
        return new Container { Items = items, Separator = true };
    }

    private static TextBlock Counted(int count, string text) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{count}\u00D7 {text}")) { Weight = TextWeight.Bolder, Wrap = true };

    private static TextBlock Subheading(string text) => new(text) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true, Spacing = Spacing.Large };

    private static IEnumerable<CardElement> More(int count, UserLanguage language) =>
        count > MaxEntries
            ? [Note(string.Format(CultureInfo.InvariantCulture, Pick(language, "en nog {0}", "and {0} more"), count - MaxEntries))]
            : [];

    private static string Period(DateTimeOffset first, DateTimeOffset last, UserLanguage language) =>
        first.UtcDateTime.Date == last.UtcDateTime.Date ? Date(last, language) : $"{Date(first, language)} \u2013 {Date(last, language)}";

    private static string Date(DateTimeOffset instant, UserLanguage language) => CardDates.Format(DateOnly.FromDateTime(instant.UtcDateTime), language);
}
