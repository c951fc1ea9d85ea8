namespace CooperationBot.Host.Endpoints;

/// <summary>Log messages of the host's endpoints (never a token or a text of a document).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Briefing note for visit {VisitId} ({Language}) served: {Bytes} bytes in {Milliseconds} ms")]
    public static partial void BriefingServed(ILogger logger, string visitId, string language, int bytes, long milliseconds);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Briefing link refused: {Reason}")]
    public static partial void BriefingRefused(ILogger logger, string reason);
}
