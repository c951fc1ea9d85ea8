namespace CooperationBot.Bot.Knowledge.Model;

/// <summary>What holds for the whole knowledge file, so that no item has to repeat it.</summary>
public sealed record KnowledgeContext
{
    /// <summary>The country of the offices the file names without a country ("Staatssecretaris Van der Burg").</summary>
    public HomeCountry? HomeCountry { get; init; }
}
