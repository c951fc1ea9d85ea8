using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Knowledge.Hosting;

internal static partial class Log
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Knowledge {Version} loaded from {Path}: {Facts} facts, {Figures} figures, {Quotes} quotes, {Warnings} warnings")]
    public static partial void KnowledgeLoaded(ILogger logger, string version, string path, int facts, int figures, int quotes, int warnings);

    [LoggerMessage(EventId = 301, Message = "{Diagnostic}")]
    public static partial void KnowledgeDiagnostic(ILogger logger, LogLevel level, string diagnostic);

    [LoggerMessage(EventId = 302, Level = LogLevel.Error, Message = "The edited knowledge file {Path} is not valid ({Errors} errors); still serving knowledge {Version}")]
    public static partial void ReloadRejected(ILogger logger, string path, int errors, string version);

    [LoggerMessage(EventId = 303, Level = LogLevel.Error, Message = "Checking the knowledge file {Path} for changes failed")]
    public static partial void WatchFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(EventId = 304, Level = LogLevel.Error, Message = "The knowledge file {Path} is not valid ({Errors} errors); the bot cannot start")]
    public static partial void StartupRejected(ILogger logger, string path, int errors);
}
