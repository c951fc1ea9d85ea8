using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Phrasing;

/// <summary>Log messages of phrasing (never the key, the question, the items or the model's text).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Model phrased an answer from {Items} items in {Milliseconds} ms")]
    public static partial void Phrased(ILogger logger, int items, long milliseconds);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Model did not answer within {TimeoutSeconds} s; the extractive answer is used")]
    public static partial void TimedOut(ILogger logger, int timeoutSeconds);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Azure OpenAI answered HTTP {Status}; the extractive answer is used")]
    public static partial void ServiceFailed(ILogger logger, int status);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Warning, Message = "Azure OpenAI could not be reached ({ExceptionType}); the extractive answer is used")]
    public static partial void Unreachable(ILogger logger, Exception exception, string exceptionType);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Information, Message = "Model refused or was filtered (finish reason {FinishReason}); the extractive answer is used")]
    public static partial void Refused(ILogger logger, string finishReason);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Information, Message = "Model answered with no text (finish reason {FinishReason}); the extractive answer is used")]
    public static partial void EmptyAnswer(ILogger logger, string finishReason);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Information, Message = "Phrasing by Azure OpenAI deployment {Deployment} at {Host} ({Authentication})")]
    public static partial void Configured(ILogger logger, string deployment, string host, string authentication);

    [LoggerMessage(EventId = 7008, Level = LogLevel.Warning, Message = "The model's phrasing was rejected by the guard ({Kinds}; {Problems} problems); the extractive answer is used")]
    public static partial void PhrasingRejected(ILogger logger, string kinds, int problems);
}
