using CooperationBot.Bot.Answering.Checking;

namespace CooperationBot.Bot.Phrasing;

/// <summary>
/// When the knowledge has no date for what is asked ("wanneer", "op welke datum"), a date in the reply must be in the
/// text of an item the sentence cites. Elsewhere the guard also accepts a date from an item's source line or
/// publication date, but that is the day something was reported, not the day it happened, and a model asked "when"
/// readily passes it off as the answer. (A missing event with any date is <see cref="MissingWordsRule"/>'s.)
/// </summary>
internal static class MissingDateRule
{
    public static IEnumerable<GuardProblem> Check(SentenceMentions sentence, IReadOnlyList<PhrasingItem> cited, MissingPart part)
    {
        if (part.Asked is not (AskedFor.Date or AskedFor.ExactDate) || sentence.Dates.Count == 0)
        {
            return [];
        }

        var text = new SentenceEvidence(cited.Select(i => i with { Source = string.Empty, Date = null }));
        return sentence.Dates.Where(d => !text.Supports(d))
            .Select(d => new GuardProblem(GuardProblemKind.AnswersMissingPart, $"{part.Words}: {d.Written}"));
    }
}
