using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.MessageExtension;

/// <summary>Log messages of the message extension (never the search text).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Message-extension search ({Kind}, {Language}): {Results} results from {Skip}")]
    public static partial void Searched(ILogger logger, string kind, string language, int results, int skip);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Information, Message = "Message-extension item selected (found: {Found})")]
    public static partial void Selected(ILogger logger, bool found);
}
