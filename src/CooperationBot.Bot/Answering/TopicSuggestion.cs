namespace CooperationBot.Bot.Answering;

/// <summary>A topic the knowledge covers, offered when a question has no answer.</summary>
/// <param name="TopicId">The topic's id.</param>
/// <param name="Name">The topic's name in the answer language.</param>
/// <param name="ExampleQuestion">A question about the topic the bot can answer, in the answer language; null when none is curated.</param>
public sealed record TopicSuggestion(string TopicId, string Name, string? ExampleQuestion);
