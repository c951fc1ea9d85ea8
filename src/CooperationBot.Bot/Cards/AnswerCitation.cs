using CooperationBot.Bot.Answering;

namespace CooperationBot.Bot.Cards;

/// <summary>An item an answer's message text cites as [<paramref name="Number"/>].</summary>
public sealed record AnswerCitation(int Number, AnswerItem Item);
