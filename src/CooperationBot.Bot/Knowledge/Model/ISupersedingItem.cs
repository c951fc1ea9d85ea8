namespace CooperationBot.Bot.Knowledge.Model;

/// <summary>
/// An item that may replace earlier items of its kind (a fact, figure, quote or person's role). The items it
/// supersedes stay in the file as history.
/// </summary>
public interface ISupersedingItem : ICuratedItem
{
    /// <summary>Ids of the items this one replaces.</summary>
    IReadOnlyList<string> Supersedes { get; }
}
