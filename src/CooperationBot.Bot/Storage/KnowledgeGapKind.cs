namespace CooperationBot.Bot.Storage;

/// <summary>Why a question is a knowledge gap.</summary>
public enum KnowledgeGapKind
{
    /// <summary>The bot answered "that is not in my knowledge".</summary>
    Unanswered,

    /// <summary>Someone voted the bot's answer down.</summary>
    DownVoted,

    /// <summary>
    /// The bot answered "that part is not in my knowledge" and showed what it does know near the question (a partly
    /// known question).
    /// </summary>
    PartlyKnown,
}
