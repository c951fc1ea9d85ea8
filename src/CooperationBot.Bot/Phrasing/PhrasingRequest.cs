using CooperationBot.Bot.Answering.Checking;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Phrasing;

/// <summary>What the model phrases: the user's question, the answer's language and the retrieved items.</summary>
public sealed record PhrasingRequest(string Question, UserLanguage Language, IReadOnlyList<PhrasingItem> Items)
{
    /// <summary>
    /// For a partly known question, what the knowledge does not answer: the prompt names it and forbids answering it,
    /// and the guard rejects a reply that answers it anyway. Empty for an answered question.
    /// </summary>
    public IReadOnlyList<MissingPart> Missing { get; init; } = [];
}
