using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Visits;

/// <summary>
/// How a visit summary cites: its documents are numbered [1], [2] in the order of <see cref="VisitSummary.Sources"/>,
/// and each line says "Bron [1], alinea 10" (English: "Source [1], paragraph 10").
/// </summary>
public static class VisitSources
{
    /// <summary>The 1-based number of the document <paramref name="sourceId"/> among the summary's sources.</summary>
    public static int Number(VisitSummary summary, string sourceId)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var index = summary.Sources.ToList().FindIndex(d => d.SourceId == sourceId);
        return index < 0 ? throw new ArgumentException($"'{sourceId}' is not a source of the summary.", nameof(sourceId)) : index + 1;
    }

    /// <summary>One citation line for the given citations, e.g. "Bron [1], alinea's 2 en 12".</summary>
    public static string Line(VisitSummary summary, IEnumerable<SourceCitation> cited)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(cited);
        var english = summary.Language == UserLanguage.English;
        var parts = cited
            .GroupBy(c => Number(summary, c.SourceId))
            .OrderBy(g => g.Key)
            .Select(g => $"[{g.Key}], {Paragraphs([.. g.Select(c => c.Paragraph)], summary.Language)}")
            .ToList();
        var label = parts.Count > 1 ? (english ? "Sources" : "Bronnen") : (english ? "Source" : "Bron");
        return $"{label} {string.Join("; ", parts)}";
    }

    /// <summary>"alinea 2" or "alinea's 2, 5 en 12" (English: "paragraph 2", "paragraphs 2, 5 and 12").</summary>
    public static string Paragraphs(IReadOnlyCollection<int> paragraphs, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var english = language == UserLanguage.English;
        var numbers = paragraphs.Distinct().Order().Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (numbers.Count == 1)
        {
            return (english ? "paragraph " : "alinea ") + numbers[0];
        }

        var and = english ? " and " : " en ";
        return (english ? "paragraphs " : "alinea's ") + string.Join(", ", numbers[..^1]) + and + numbers[^1];
    }

    /// <summary>"[1] Title (Publisher, 21 februari 2023), alinea's 2 en 5".</summary>
    public static string Document(VisitSummary summary, CitedDocument document)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(document);
        return $"[{Number(summary, document.SourceId)}] {document.Title} ({document.Publisher}, "
            + $"{CardDates.Format(document.Date, summary.Language)}), {Paragraphs(document.Paragraphs, summary.Language)}";
    }
}
