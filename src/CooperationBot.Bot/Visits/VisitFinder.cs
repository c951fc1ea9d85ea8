using System.Globalization;
using System.Text;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Visits;

/// <summary>
/// Finds visits by the words a user types: a year ("2023"), a person ("Laftit"), a place ("Marokko"),
/// an organisation ("UNHCR"), or words of the title. Every word must match; results are newest first.
/// </summary>
public static class VisitFinder
{
    public static IReadOnlyList<Visit> Find(KnowledgeBase knowledge, string? words)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var terms = Split(words);
        return [.. knowledge.Visits
            .Where(visit => terms.All(term => Matches(knowledge, visit, term)))
            .OrderByDescending(v => v.Date)
            .ThenBy(v => v.Id, StringComparer.Ordinal)];
    }

    private static bool Matches(KnowledgeBase knowledge, Visit visit, string term)
    {
        if (term.Length == 4 && int.TryParse(term, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return visit.Date.Year == year;
        }

        return SearchableTexts(knowledge, visit).Any(text => Normalize(text).Contains(term, StringComparison.Ordinal));
    }

    private static IEnumerable<string> SearchableTexts(KnowledgeBase knowledge, Visit visit)
    {
        yield return visit.Id;
        foreach (var text in Both(visit.Title).Concat(Both(visit.Place)))
        {
            yield return text;
        }

        foreach (var person in knowledge.People.Where(p => visit.Delegation.Contains(p.Id) || visit.Counterparts.Contains(p.Id)))
        {
            yield return person.Name;
            foreach (var alias in person.Aliases)
            {
                yield return alias;
            }
        }

        foreach (var organisation in knowledge.Organisations.Where(o => visit.OrganisationsVisited.Contains(o.Id)))
        {
            yield return organisation.Name;
            foreach (var alias in organisation.Aliases)
            {
                yield return alias;
            }
        }

        yield return visit.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static IEnumerable<string> Both(LocalizedText text) => text.En is null ? [text.Nl] : [text.Nl, text.En];

    private static string[] Split(string? words) =>
        string.IsNullOrWhiteSpace(words)
            ? []
            : Normalize(words).Split([' ', ',', ';', '?', '!', '.'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Lower case without diacritics, so "Marokko", "marokko" and "Marókko" match.</summary>
    internal static string Normalize(string text)
    {
        var decomposed = UnicodeText.Decompose(text.ToLowerInvariant());
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
