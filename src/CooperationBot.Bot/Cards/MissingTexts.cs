using CooperationBot.Bot.Answering.Checking;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// What the knowledge does not hold, said plainly in the question's language, with the user's own words in quotes:
/// "Het aantal „vrouwen” staat niet apart in de kennisbank.", "Voor 2021 heb ik geen apart cijfer."
/// </summary>
public static class MissingTexts
{
    /// <summary>One sentence per missing part, in order, without repeats.</summary>
    public static IReadOnlyList<string> For(IEnumerable<MissingPart> missing, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(missing);
        return [.. missing.Select(part => For(part, language)).Distinct(StringComparer.Ordinal)];
    }

    public static string For(MissingPart part, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(part);
        var words = part.Words;
        var count = part.AskedInQuestion is AskedFor.Count or AskedFor.Amount or AskedFor.Percentage;
        return (part.Asked, part.Constraint) switch
        {
            (AskedFor.Count, _) => Pick(language, "Hoeveel precies staat niet in de kennisbank: de bron noemt hiervoor geen aantal.", "How many exactly is not in the knowledge base: the source gives no number for it."),
            (AskedFor.Amount, _) => Pick(language, "Een bedrag staat niet in de kennisbank.", "No amount of money is in the knowledge base."),
            (AskedFor.Percentage, _) => Pick(language, "Een percentage staat niet in de kennisbank.", "No percentage is in the knowledge base."),
            (AskedFor.Date, _) => Pick(language, "Wanneer dat was, staat niet in de kennisbank.", "When that was is not in the knowledge base."),
            (AskedFor.ExactDate, _) => Pick(language, "Een precieze datum staat hiervoor niet in de kennisbank.", "No exact date for this is in the knowledge base."),
            (AskedFor.Place, _) => Pick(language, "Een plaats staat hiervoor niet in de kennisbank.", "No place for this is in the knowledge base."),
            (AskedFor.Person, _) => Pick(language, "Wie dat was, staat niet in de kennisbank.", "Who that was is not in the knowledge base."),
            (AskedFor.Duration, _) => Pick(language, "Hoe lang dat duurde, staat niet in de kennisbank.", "How long that took is not in the knowledge base."),
            (AskedFor.Role, _) => Pick(language, "Welke rol of taak dit heeft, staat niet in de kennisbank.", "What role or task this has is not in the knowledge base."),
            (_, ConstraintKind.Except) => Pick(language, $"Wat er naast \u201e{words}\u201d was, staat niet in de kennisbank.", $"What there was besides \u201c{words}\u201d is not in the knowledge base."),
            (_, ConstraintKind.Future) => Pick(language, $"Wat er nog komt of gepland is (\u201e{words}\u201d), staat niet in de kennisbank.", $"What is still to come or planned (\u201c{words}\u201d) is not in the knowledge base."),
            (AskedFor.Reason, _) => Pick(language, "De reden staat niet in de kennisbank.", "The reason is not in the knowledge base."),
            (_, ConstraintKind.Year or ConstraintKind.Period) => count
                ? Pick(language, $"Voor {words} heb ik geen apart cijfer.", $"I have no separate figure for {words}.")
                : Pick(language, $"Voor {words} heb ik geen apart gegeven.", $"I have no separate information for {words}."),
            (_, ConstraintKind.Subgroup) => count
                ? Pick(language, $"Het aantal \u201e{words}\u201d staat niet apart in de kennisbank.", $"The number of \u201c{words}\u201d is not given separately in the knowledge base.")
                : Pick(language, $"Over \u201e{words}\u201d apart staat niets in de kennisbank.", $"The knowledge base has nothing on \u201c{words}\u201d separately."),
            (_, ConstraintKind.Speaker) => Pick(language, $"Een uitspraak van {words} hierover staat niet in de kennisbank.", $"The knowledge base has no statement by {words} on this."),
            (null, null) => Pick(language, $"Dit deel van de vraag staat niet in de kennisbank: \u201e{words}\u201d.", $"This part of the question is not in the knowledge base: \u201c{words}\u201d."),
            _ => Pick(language, $"Over \u201e{words}\u201d staat niets in de kennisbank.", $"The knowledge base has nothing on \u201c{words}\u201d."),
        };
    }
}
