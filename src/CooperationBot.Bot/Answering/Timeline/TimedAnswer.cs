namespace CooperationBot.Bot.Answering.Timeline;

/// <summary>What knowledge that changes over time makes of one answer (see <see cref="AnswerTimes"/>).</summary>
/// <param name="BestId">The item to give: the newest value of a series, the item that replaced a superseded one, or the item found.</param>
/// <param name="AsOf">The date <paramref name="BestId"/> stood.</param>
/// <param name="Value">Its value, when it is a figure.</param>
/// <param name="History">Other values of its series and the items it replaced, newest first.</param>
/// <param name="Conflicts">The items that contradict it.</param>
/// <param name="ReplacedBy">The item that replaced it, when the question names a replaced person itself.</param>
/// <param name="Stand">The date of the newest source used, for a question about now or the newest of what changed.</param>
internal sealed record TimedAnswer(
    string BestId,
    DateOnly? AsOf,
    decimal? Value,
    IReadOnlyList<(string Id, DateOnly? Until)> History,
    IReadOnlyList<string> Conflicts,
    IReadOnlyList<string> ReplacedBy,
    DateOnly? Stand);
