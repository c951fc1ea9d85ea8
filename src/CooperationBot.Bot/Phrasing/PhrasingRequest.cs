using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Phrasing;

/// <summary>What the model is asked to phrase: the question, the answer's language and the retrieved items.</summary>
public sealed record PhrasingRequest(string Question, UserLanguage Language, IReadOnlyList<PhrasingItem> Items);
