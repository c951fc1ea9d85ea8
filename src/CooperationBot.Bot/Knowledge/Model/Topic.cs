namespace CooperationBot.Bot.Knowledge.Model;

/// <summary>A subject the knowledge covers, offered to users when a question has no answer.</summary>
public sealed record Topic
{
    public required string Id { get; init; }

    public required LocalizedText Name { get; init; }

    /// <summary>A question about this topic that the bot can answer, shown as a suggestion.</summary>
    public LocalizedText? ExampleQuestion { get; init; }
}
