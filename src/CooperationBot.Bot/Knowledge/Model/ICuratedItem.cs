namespace CooperationBot.Bot.Knowledge.Model;

/// <summary>An item of the knowledge file that carries a review <see cref="Status"/> (everything but sources).</summary>
public interface ICuratedItem
{
    string Id { get; }

    KnowledgeStatus Status { get; }
}
