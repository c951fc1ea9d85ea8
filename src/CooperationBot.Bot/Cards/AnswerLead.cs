using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Phrasing;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// What an answer says before its card is opened: the message text, which Teams shows in the notification, the chat
/// list and to a screen reader, and the card's <c>fallbackText</c> and <c>speak</c>. Answered: the curated answer
/// with its citation mark on it ("… keerden 125 Marokkaanse vreemdelingen terug. [1]"). Partly known: first what
/// is not in the knowledge, then "Wat wel bekend is:" with the nearest item and its mark, never as the answer. Not
/// known: why not. A model's phrasing that passed the guard is the text with its own marks. <see cref="Plain"/> says
/// the same without marks: each mark's source in words instead.
/// </summary>
/// <param name="Text">The message text, with a [n] mark on each cited claim.</param>
/// <param name="Plain">The same as plain text (no marks, no markdown, no links), followed by the cited sources.</param>
/// <param name="Citations">What each mark cites.</param>
/// <param name="Phrased">True when a language model wrote the cited sentences.</param>
public sealed record AnswerLead(string Text, string Plain, IReadOnlyList<AnswerCitation> Citations, bool Phrased)
{
    public static AnswerLead For(AnswerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var language = result.Language;
        if (result.Answered && result.Best is { } best)
        {
            return result.Phrased is { } phrased
                ? FromPhrased(null, phrased, result.Related.Prepend(best), language)
                : OverTime(result, best, language);
        }

        if (result.Outcome == AnswerOutcome.Partly && result.Best is { } known)
        {
            var missing = string.Join(" ", MissingTexts.For(result.Missing, language));
            return result.Phrased is { } phrasedKnown
                ? FromPhrased(missing, phrasedKnown, result.Related.Prepend(known), language)
                : Cited(missing + " " + Pick(language, "Wat wel bekend is: ", "What is known: "), known, language);
        }

        var refusal = result.OutOfScope
            ? Pick(
                language,
                "Deze vraag valt buiten het migratiepartnerschap tussen Nederland en Marokko. Ik antwoord alleen met feiten uit mijn kennisbank, met bron en datum.",
                "This question is outside the migration partnership between the Netherlands and Morocco. I only answer with facts from my knowledge base, with source and date.")
            : Pick(
                language,
                "Ik vond hierover geen feit in mijn kennisbank, en ik gok niet.",
                "I found no fact about this in my knowledge base, and I do not guess.");
        return new AnswerLead(refusal, refusal, [], Phrased: false);
    }

    /// <summary>
    /// The answer as it stands in time. For a question about now or the newest of what changed, "Volgens de kennisbank,
    /// stand …:" first. An answer that was replaced (asked for by name) is "Tot …: old [1] Vervangen door: new [2]".
    /// Conflicting sources are all given: "De bronnen verschillen: … [1] … [2]", never one of them alone.
    /// </summary>
    private static AnswerLead OverTime(AnswerResult result, AnswerItem best, UserLanguage language)
    {
        var prefix = result.Stand is { } stand
            ? Pick(language, "Volgens de kennisbank, stand ", "According to the knowledge base, as of ") + CardDates.Format(stand, language) + ": "
            : string.Empty;
        if (result.ReplacedBy is [var replacement, ..])
        {
            var until = Pick(language, "Tot ", "Until ") + CardDates.Format(replacement.AsOf, language) + ": ";
            return Cited(prefix, [(until, best), (Pick(language, "Vervangen door: ", "Replaced by: "), replacement.Item)], language);
        }

        if (result.Conflicts.Count > 0)
        {
            prefix += Pick(language, "De bronnen verschillen: ", "The sources differ: ");
            return Cited(prefix, [(string.Empty, best), .. result.Conflicts.Select(c => (string.Empty, c.Item))], language);
        }

        return Cited(prefix, best, language);
    }

    /// <summary>One item's text after <paramref name="prefix"/>, cited as [1].</summary>
    private static AnswerLead Cited(string prefix, AnswerItem item, UserLanguage language) =>
        Cited(prefix, [(string.Empty, item)], language);

    /// <summary>Items after <paramref name="prefix"/>, each after its own words and cited [1], [2], …</summary>
    private static AnswerLead Cited(string prefix, IReadOnlyList<(string Before, AnswerItem Item)> parts, UserLanguage language)
    {
        var text = prefix + string.Join(" ", parts.Select((part, i) => $"{part.Before}{part.Item.Text} [{i + 1}]"));
        var plain = prefix + string.Join(" ", parts.Select(part => part.Before + part.Item.Text)) + " " + Sources(parts.Select(part => part.Item), language);
        return new AnswerLead(text, plain, [.. parts.Select((part, i) => new AnswerCitation(i + 1, part.Item))], Phrased: false);
    }

    /// <summary>The model's sentences (after <paramref name="missing"/>, when partly known) with their own numbering.</summary>
    private static AnswerLead FromPhrased(string? missing, PhrasedAnswer phrased, IEnumerable<AnswerItem> items, UserLanguage language)
    {
        var byId = items.DistinctBy(i => i.Id).ToDictionary(i => i.Id, StringComparer.Ordinal);
        var citations = phrased.CitedIds.Where(byId.ContainsKey).Select(id => new AnswerCitation(phrased.NumberOf(id), byId[id])).ToList();
        var sentences = string.Join(" ", phrased.Sentences.Select(s => s.Text));
        var plain = $"{sentences} {Sources(citations.Select(c => c.Item), language)}";
        return missing is null
            ? new AnswerLead(phrased.ToMarkedText(), plain, citations, Phrased: true)
            : new AnswerLead(missing + "\n\n" + phrased.ToMarkedText(), missing + " " + plain, citations, Phrased: true);
    }

    /// <summary>"Bron: title (publisher, date), alinea n." for each cited item, once per line.</summary>
    internal static string Sources(IEnumerable<AnswerItem> items, UserLanguage language) =>
        string.Join(" ", items.Select(i => SourceLine.For(i, language) + ".").Distinct(StringComparer.Ordinal));
}
