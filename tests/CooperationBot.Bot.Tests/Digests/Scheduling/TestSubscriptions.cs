using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Language;
using CooperationBot.Protocol.Proactive;

namespace CooperationBot.Bot.Tests.Digests.Scheduling;

/// <summary>Subscriptions and preferences for the scheduling tests.</summary>
internal static class TestSubscriptions
{
    public const string Amsterdam = "Europe/Amsterdam";

    public static DigestPreferences Preferences(int hour, int minute, DigestDays days = DigestDays.Weekdays, string zone = Amsterdam) =>
        new(new TimeOnly(hour, minute), days, zone, UserLanguage.Dutch, SendWhenUnchanged: true);

    public static DigestSubscription Create(
        string userId,
        DigestPreferences preferences,
        DateTimeOffset createdAt,
        DateOnly? lastDigestDate = null,
        SubscriptionState state = SubscriptionState.Active) => new()
        {
            SubscriberId = DigestSubscription.PersonalKey("tenant-1", userId),
            Target = new ConversationReference(
                $"a:{userId}", "https://smba.trafficmanager.net/emea/", "msteams", ConversationReference.Personal, "tenant-1", "28:bot", userId, "nl-NL"),
            Preferences = preferences,
            State = state,
            LastDigestDate = lastDigestDate,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
        };

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
