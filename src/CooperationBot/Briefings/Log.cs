namespace CooperationBot.Host.Briefings;

/// <summary>Log messages about the address briefing links use.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5301, Level = LogLevel.Warning, Message = "Bot:PublicBaseUrl {Configured} matches none of the addresses the bot listens on ({Listening}); briefing links may not reach it")]
    public static partial void BaseAddressNotListenedOn(ILogger logger, string configured, string listening);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Information, Message = "Briefing links start with {BaseAddress}")]
    public static partial void BriefingLinksBase(ILogger logger, string baseAddress);
}
