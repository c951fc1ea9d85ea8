using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Visits;

/// <summary>The texts of a visit summary's lines, shared by the card and the command line.</summary>
public static class VisitLines
{
    /// <summary>"Laftit, Marokkaanse minister van Binnenlandse Zaken".</summary>
    public static string Person(PersonLine person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return $"{person.Name}, {person.Role}";
    }

    /// <summary>"125 Marokkaanse vreemdelingen teruggekeerd".</summary>
    public static string FigureValue(FigureLine figure, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return $"{CardNumbers.Format(figure.Value, language)} {figure.Unit}";
    }

    /// <summary>"Stand per 21 februari 2023, sinds ..." (English: "As of 21 February 2023, since ...").</summary>
    public static string FigureAsOf(FigureLine figure, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var asOf = (language == UserLanguage.English ? "As of " : "Stand per ") + CardDates.Format(figure.AsOf, language);
        return figure.Period is null ? asOf : $"{asOf}, {figure.Period}";
    }

    /// <summary>
    /// "Nieuwere waarde: 310, stand 30 juni 2025 (bron: …)" (English: "Newer value: 310, as of 30 June 2025 (source: …)"),
    /// or both values when the sources differ for the newest date; null when the figure shows the newest value.
    /// </summary>
    public static string? Newer(FigureLine figure, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Newer.Count switch
        {
            0 => null,
            1 => $"{Pick(language, "Nieuwere waarde", "Newer value")}: {CardNumbers.Format(figure.Newer[0].Value, language)}, "
                + $"{Pick(language, "stand", "as of")} {CardDates.Format(figure.Newer[0].AsOf, language)} ({SourceOf(figure.Newer[0].Source, language)})",
            _ => $"{Pick(language, "Nieuwere waarden, stand", "Newer values as of")} {CardDates.Format(figure.Newer[0].AsOf, language)} "
                + $"({Pick(language, "bronnen verschillen", "sources differ")}): {Values(figure.Newer, language)}",
        };
    }

    /// <summary>"Andere bron, zelfde datum: 260 (bron: …)", the other values the sources give for the figure's date; null when they agree.</summary>
    public static string? SameDate(FigureLine figure, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.SameDate.Count == 0
            ? null
            : $"{Pick(language, "Andere bron, zelfde datum", "Another source, same date")}: {Values(figure.SameDate, language)}";
    }

    /// <summary>"Inmiddels vervangen: … (16 september 2024, bron: …)" (English: "Since replaced: …"); null when nothing replaced it.</summary>
    public static string? Replaced(IReadOnlyList<Replacement> replacedBy, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(replacedBy);
        return replacedBy.Count == 0
            ? null
            : $"{Pick(language, "Inmiddels vervangen", "Since replaced")}: {Replacements(replacedBy, language)}";
    }

    /// <summary>
    /// "Jansen: inmiddels opgevolgd door De Vries, minister van Testzaken (16 september 2024, bron: …)" (English: "Jansen:
    /// since succeeded by …"); null when no one succeeded the person.
    /// </summary>
    public static string? Succeeded(PersonLine person, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.ReplacedBy.Count == 0
            ? null
            : $"{person.Name}: {Pick(language, "inmiddels opgevolgd door", "since succeeded by")} {Replacements(person.ReplacedBy, language)}";
    }

    /// <summary>"Van der Burg (staatssecretaris ...), 21 februari 2023".</summary>
    public static string QuoteSpeaker(QuoteLine quote, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return $"{quote.Speaker} ({quote.SpeakerRole}), {CardDates.Format(quote.Date, language)}";
    }

    /// <summary>"United Nations High Commissioner for Refugees (UNHCR)".</summary>
    public static string Organisation(OrganisationLine organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return organisation.Abbreviation is null ? organisation.Name : $"{organisation.Name} ({organisation.Abbreviation})";
    }

    /// <summary>"21 februari 2023, Marokko".</summary>
    public static string DateAndPlace(DateOnly date, string place, UserLanguage language) =>
        $"{CardDates.Format(date, language)}, {place}";

    /// <summary>"bron: TESTDATA: Jaarcijfers terugkeer" (English: "source: …"), a source named by its title.</summary>
    private static string SourceOf(SourceCitation source, UserLanguage language) =>
        $"{Pick(language, "bron", "source")}: {source.Title}";

    /// <summary>"250 (bron: …); 260 (bron: …)".</summary>
    private static string Values(IEnumerable<SeriesValue> values, UserLanguage language) =>
        string.Join("; ", values.Select(v => $"{CardNumbers.Format(v.Value, language)} ({SourceOf(v.Source, language)})"));

    /// <summary>"… (16 september 2024, bron: …); …", each text without its closing full stop so the brackets end the sentence.</summary>
    private static string Replacements(IEnumerable<Replacement> replacements, UserLanguage language) =>
        string.Join("; ", replacements.Select(r => $"{WithoutFullStop(r.Text)} ({CardDates.Format(r.Date, language)}, {SourceOf(r.Source, language)})"));

    private static string WithoutFullStop(string text) =>
        text.EndsWith('.') && !text.EndsWith("..", StringComparison.Ordinal) ? text[..^1] : text;
}
