namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>The three ways words are analyzed: Dutch stems, English stems, names as written.</summary>
internal enum Analysis
{
    Dutch,
    English,
    Name,
}
