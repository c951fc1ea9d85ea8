using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Language;

internal static partial class Log
{
    [LoggerMessage(EventId = 1901, Level = LogLevel.Warning, Message = "Storing the conversation's language failed; the reply uses it anyway")]
    public static partial void LanguageNotStored(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1902, Level = LogLevel.Warning, Message = "Reading the conversation's language failed; the reply follows the locale")]
    public static partial void LanguageNotRead(ILogger logger, Exception exception);
}
