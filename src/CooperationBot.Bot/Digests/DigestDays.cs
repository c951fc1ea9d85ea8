namespace CooperationBot.Bot.Digests;

/// <summary>On which days a subscriber gets the digest.</summary>
public enum DigestDays
{
    /// <summary>Monday to Friday.</summary>
    Weekdays,

    /// <summary>Every day of the week.</summary>
    EveryDay,
}
