using CooperationBot.Bot.Storage;
using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Curators;

/// <summary>Log messages of the curators' loop (never a question, comment or user id).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning, Message = "A knowledge gap ({Kind}) could not be recorded")]
    public static partial void GapNotRecorded(ILogger logger, Exception exception, KnowledgeGapKind kind);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Information, Message = "Curators' retention: {Deleted} rows with question text older than {Days} days deleted")]
    public static partial void Pruned(ILogger logger, int deleted, int days);

    [LoggerMessage(EventId = 9103, Level = LogLevel.Error, Message = "The curators' retention cleanup failed; it tries again tomorrow")]
    public static partial void PruneFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 9104, Level = LogLevel.Information, Message = "Curator report refused: the user is not a curator")]
    public static partial void ReportRefused(ILogger logger);
}
