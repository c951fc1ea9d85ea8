namespace CooperationBot.Bot.Knowledge.Timeline;

/// <summary>Two items that contradict each other; both are kept (and served) until a curator resolves it.</summary>
/// <param name="First">The item that marks the conflict, or the earlier figure in the file.</param>
/// <param name="Second">The other item.</param>
/// <param name="Kind">Marked by a curator, or found in a series.</param>
public sealed record KnowledgeConflict(string First, string Second, ConflictKind Kind)
{
    /// <summary>Whether <paramref name="id"/> is one of the two items.</summary>
    public bool Involves(string id) =>
        string.Equals(First, id, StringComparison.Ordinal) || string.Equals(Second, id, StringComparison.Ordinal);
}
