namespace CooperationBot.Bot.Answering;

/// <summary>What the knowledge makes of a question.</summary>
public enum AnswerOutcome
{
    /// <summary>An item answers the question: what it asks for and every constraint.</summary>
    Answered,

    /// <summary>The knowledge has something near, but not what was asked: it says what is missing and shows what is known.</summary>
    Partly,

    /// <summary>Nothing in the knowledge answers it.</summary>
    NotKnown,
}
