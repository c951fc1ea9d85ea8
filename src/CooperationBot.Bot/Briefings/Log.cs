using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Briefings;

/// <summary>Log messages of briefing notes and their links (never a key, a token or a text of the note).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Development briefing signing key file {Path} (created now: {Created})")]
    public static partial void DevelopmentKeyUsed(ILogger logger, string path, bool created);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "Development briefing signing key file {Path} could not be read or created")]
    public static partial void DevelopmentKeyFailed(ILogger logger, Exception exception, string path);
}
