using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Digests;

/// <summary>When and how a subscriber wants the digest.</summary>
/// <param name="Time">The local time of day.</param>
/// <param name="Days">Weekdays or every day.</param>
/// <param name="TimeZoneId">An IANA time zone id, e.g. <c>Europe/Amsterdam</c>.</param>
/// <param name="Language">The language of the digest card.</param>
/// <param name="SendWhenUnchanged">True: a short "no changes" card on a day nothing changed; false: no message then.</param>
public sealed record DigestPreferences(
    TimeOnly Time,
    DigestDays Days,
    string TimeZoneId,
    UserLanguage Language,
    bool SendWhenUnchanged)
{
    /// <summary>The time zone of the ministry.</summary>
    public const string DefaultTimeZoneId = "Europe/Amsterdam";

    /// <summary>07:00 Europe/Amsterdam on weekdays, a "no changes" card when nothing changed.</summary>
    public static DigestPreferences Default(UserLanguage language) =>
        new(new TimeOnly(7, 0), DigestDays.Weekdays, DefaultTimeZoneId, language, SendWhenUnchanged: true);
}
