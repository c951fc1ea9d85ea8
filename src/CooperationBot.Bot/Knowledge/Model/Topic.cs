using System.Text.Json.Serialization;

namespace CooperationBot.Bot.Knowledge.Model;

/// <summary>A subject the knowledge covers, offered to users when a question has no answer.</summary>
public sealed record Topic : ICuratedItem
{
    public required string Id { get; init; }

    /// <summary>Draft items are validated but never served; absent in the file means reviewed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public KnowledgeStatus Status { get; init; }

    public required LocalizedText Name { get; init; }

    /// <summary>A question about this topic that the bot can answer, shown as a suggestion.</summary>
    public LocalizedText? ExampleQuestion { get; init; }
}
