using CooperationBot.Bot.Answering.Checking;

namespace CooperationBot.Bot.Phrasing;

/// <summary>
/// When the knowledge has no figure for what is asked (a count, an amount, a percentage, a duration), any number in
/// the reply would be read as that figure, whatever it counts. So no sentence may have one, except inside a date: the
/// card already shows what the items count, each with its source; the model's text is only phrasing.
/// </summary>
internal static class MissingFigureRule
{
    public static IEnumerable<GuardProblem> Check(SentenceMentions sentence, MissingPart part) =>
        part.Asked is AskedFor.Count or AskedFor.Amount or AskedFor.Percentage or AskedFor.Duration
            ? sentence.Numbers.Select(n => new GuardProblem(GuardProblemKind.AnswersMissingPart, $"{part.Words}: {n.Written}"))
            : [];
}
