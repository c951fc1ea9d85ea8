using CooperationBot.Bot.Answering.Checking;

namespace CooperationBot.Bot.Phrasing;

/// <summary>
/// For a partly known question: the rules that reject a sentence that answers what the knowledge does not have. The
/// other checks do not catch it, because every number and date in such a sentence may well be in the cited items: the
/// 125 returnees the items count become "125 women" when the question asked about women. Each rule is small and
/// errs on rejecting; a rejected phrasing only means the extract is shown.
/// </summary>
internal static class MissingPartGuard
{
    public static IEnumerable<GuardProblem> Check(SentenceMentions sentence, IReadOnlyList<PhrasingItem> cited, IReadOnlyList<MissingPart> missing) =>
        missing.SelectMany(part => MissingWordsRule.Check(sentence, part)
                .Concat(MissingFigureRule.Check(sentence, part))
                .Concat(MissingDateRule.Check(sentence, cited, part)))
            .Distinct();
}
