using CooperationBot.Bot.Digests.Content;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// The digest's lines for knowledge that changes over time: a new value in a series ("Terugkeer: 125 → 310 (stand 1
/// juli 2023, bron …)") with where the previous value came from, and the label of a replacement. Where sources
/// differ, the lines say so and give every value; they never pick or average one.
/// </summary>
internal static class DigestChangeLines
{
    /// <summary>
    /// "Terugkeer: 125 → 310 (stand 1 juli 2023, bron …)"; with differing sources for the previous date
    /// "250 of 260 (bronnen verschillen) → 310 (…)", and for the new value's own date "(…; bronnen verschillen: ook 260)".
    /// </summary>
    public static string Arrow(DigestSeriesChange change, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(change);
        var previous = Values(change.PreviousValues, language);
        if (change.PreviousDiffers)
        {
            previous += Pick(language, " (bronnen verschillen)", " (sources differ)");
        }

        var current = change.Current;
        var details = $"{Pick(language, "stand", "as of")} {CardDates.Format(current.AsOf, language)}, {Pick(language, "bron", "source")} {Title(current)}";
        var others = change.OthersOnSameDate.Select(other => other.Value).Distinct().ToList();
        if (others.Count > 0)
        {
            details += $"; {Pick(language, "bronnen verschillen: ook", "sources differ: also")} {Values(others, language)}";
        }

        return $"{DigestTexts.In(change.Name, language)}: {previous} → {CardNumbers.Format(current.Value, language)} ({details})";
    }

    /// <summary>"Vorige stand, 21 februari 2023: 125 (bron …)"; every source of that date, each with its number.</summary>
    public static string Previous(DigestSeriesChange change, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(change);
        var date = CardDates.Format(change.Previous[0].AsOf, language);
        var values = change.Previous.Select(value => $"{CardNumbers.Format(value.Value, language)} ({Pick(language, "bron", "source")} {Title(value)})");
        return $"{Pick(language, "Vorige stand", "Previously, as of")} {date}: {string.Join(", ", values)}";
    }

    /// <summary>The label above a replacement: "Vervangen" / "Replaced".</summary>
    public static string Replaced(UserLanguage language) => Pick(language, "Vervangen", "Replaced");

    /// <summary>The old text's lead-in: "Eerder: " / "Before: ".</summary>
    public static string Before(UserLanguage language) => Pick(language, "Eerder: ", "Before: ");

    /// <summary>The new text's lead-in: "Nu: " / "Now: ".</summary>
    public static string Now(UserLanguage language) => Pick(language, "Nu: ", "Now: ");

    /// <summary>"125", or "250 of 260" (English "250 or 260").</summary>
    private static string Values(IReadOnlyList<decimal> values, UserLanguage language) =>
        string.Join(Pick(language, " of ", " or "), values.Select(value => CardNumbers.Format(value, language)));

    /// <summary>The title of the value's document, or the source id the knowledge names when the document is unknown.</summary>
    private static string Title(DigestSeriesValue value) => value.Document?.Title ?? value.Source.Source;
}
