namespace CooperationBot.Bot.Knowledge.Model;

/// <summary>A statement (fact, figure or quote) that a curator may mark as contradicting other statements.</summary>
public interface IConflictingItem : ICuratedItem
{
    /// <summary>Ids of the facts, figures or quotes this one contradicts.</summary>
    IReadOnlyList<string> ConflictsWith { get; }
}
