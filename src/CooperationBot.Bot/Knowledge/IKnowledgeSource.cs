namespace CooperationBot.Bot.Knowledge;

/// <summary>
/// The knowledge currently served. A reload publishes a new snapshot only when the edited file is valid;
/// readers take <see cref="Current"/> once per question and keep using that snapshot.
/// </summary>
public interface IKnowledgeSource
{
    KnowledgeSnapshot Current { get; }

    /// <summary>Raised after a new valid snapshot became <see cref="Current"/>.</summary>
    event EventHandler<KnowledgeSnapshot>? Changed;
}
