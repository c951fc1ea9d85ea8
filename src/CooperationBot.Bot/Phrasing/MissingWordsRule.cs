using CooperationBot.Bot.Answering.Checking;
using CooperationBot.Bot.Answering.Indexing;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Phrasing;

/// <summary>
/// A sentence that names a missing constraint together with a number or a date gives the figure the knowledge does
/// not have: "125 vrouwen keerden terug" when no item counts women, "In 2021 keerden 125 Marokkanen terug" when no
/// item covers 2021, "in 2019 ingevoerd" when no item says when it was introduced. Words are compared as the bot
/// compares them (<see cref="TextWords"/>), the same word or, from five letters on, the same first five letters
/// ("vrouw", "vrouwen", "vrouwelijke"). The part's own words are not its figure: "2021" in "in 2021" names the year,
/// it says nothing of it. A whole question part the knowledge does not answer counts with its informative words.
/// </summary>
internal static class MissingWordsRule
{
    public static IEnumerable<GuardProblem> Check(SentenceMentions sentence, MissingPart part)
    {
        if (part.Asked is not null)
        {
            return []; // the kind of answer itself: MissingFigureRule and MissingDateRule
        }

        var words = PartWords(part);
        if (!sentence.Words.Any(w => Names(words, w)))
        {
            return [];
        }

        return sentence.Dates.Select(d => d.Written)
            .Concat(sentence.Numbers.Select(n => n.Written))
            .Where(figure => !TextWords.Of(figure).All(w => Names(words, w)))
            .Select(figure => new GuardProblem(GuardProblemKind.AnswersMissingPart, $"{part.Words}: {figure}"));
    }

    /// <summary>The part's informative words, and a year's digits (the user may have written "vorig jaar").</summary>
    private static List<string> PartWords(MissingPart part)
    {
        var words = TextWords.Of(part.Words).Where(w => !FunctionWords.Contains(w)).ToList();
        if (part.Constraint == ConstraintKind.Year)
        {
            words.AddRange(part.Keys);
        }

        return words;
    }

    private static bool Names(List<string> partWords, string word) => partWords.Any(p => TextWords.SameStem(p, word));
}
