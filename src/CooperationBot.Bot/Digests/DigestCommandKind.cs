namespace CooperationBot.Bot.Digests;

/// <summary>What a <c>digest ...</c> chat command asks for.</summary>
public enum DigestCommandKind
{
    /// <summary><c>digest</c>, <c>digest instellingen</c>, <c>digest settings</c>: the settings card.</summary>
    Settings,

    /// <summary><c>digest aan [07:30]</c>, <c>digest subscribe [07:30]</c>.</summary>
    Subscribe,

    /// <summary><c>digest uit</c>, <c>digest unsubscribe</c>.</summary>
    Unsubscribe,

    /// <summary><c>digest status</c>.</summary>
    Status,

    /// <summary>Anything else after <c>digest</c>: the bot explains the commands.</summary>
    Unknown,
}
