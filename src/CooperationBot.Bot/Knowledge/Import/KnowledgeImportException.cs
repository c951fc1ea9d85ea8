namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>A document that cannot be imported (missing, unknown kind, unreadable); the message is for the curator.</summary>
public sealed class KnowledgeImportException : Exception
{
    public KnowledgeImportException()
    {
    }

    public KnowledgeImportException(string message)
        : base(message)
    {
    }

    public KnowledgeImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
