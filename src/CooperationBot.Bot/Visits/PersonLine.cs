namespace CooperationBot.Bot.Visits;

/// <summary>A person in a delegation or among the counterparts, with the role the source gives.</summary>
public sealed record PersonLine(string Id, string Name, string Role, SourceCitation Source)
{
    /// <summary>The current holders of the person's role who succeeded them since (it stays as it was at the visit); empty when none.</summary>
    public IReadOnlyList<Replacement> ReplacedBy { get; init; } = [];
}
