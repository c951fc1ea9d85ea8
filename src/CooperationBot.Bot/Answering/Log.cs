using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Answering;

/// <summary>Log messages of answering (never the question or answer text).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Answering index built for knowledge {Version}: {Items} items in {Milliseconds} ms")]
    public static partial void IndexBuilt(ILogger logger, string version, int items, long milliseconds);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Answering index for knowledge {Version} could not be built; the previous index keeps serving")]
    public static partial void IndexBuildFailed(ILogger logger, Exception exception, string version);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "Question answered with {ItemId} (confidence {Confidence:F2})")]
    public static partial void Answered(ILogger logger, string itemId, double confidence);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Debug, Message = "Question partly known: nearest {ItemId} (confidence {Confidence:F2}), {Missing} missing parts")]
    public static partial void PartlyKnown(ILogger logger, string itemId, double confidence, int missing);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Debug, Message = "Question refused (confidence {Confidence:F2}, out of scope {OutOfScope})")]
    public static partial void Refused(ILogger logger, double confidence, bool outOfScope);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "The answer was sent but could not be recorded for feedback")]
    public static partial void AnswerNotRecorded(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Information, Message = "Feedback {Reaction} recorded (answer known: {AnswerKnown})")]
    public static partial void FeedbackRecorded(ILogger logger, string reaction, bool answerKnown);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Information, Message = "Malformed feedback invoke: {Reason}")]
    public static partial void FeedbackMalformed(ILogger logger, string reason);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Warning, Message = "The answering warm-up at start-up failed; the first question builds the index")]
    public static partial void WarmUpFailed(ILogger logger, Exception exception);
}
