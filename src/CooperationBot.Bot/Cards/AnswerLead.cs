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
                : Cited(string.Empty, best, language);
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

    /// <summary>One item's text after <paramref name="prefix"/>, cited as [1].</summary>
    private static AnswerLead Cited(string prefix, AnswerItem item, UserLanguage language) =>
        new($"{prefix}{item.Text} [1]", $"{prefix}{item.Text} {Sources([item], language)}", [new AnswerCitation(1, item)], Phrased: false);

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
