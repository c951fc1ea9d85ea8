using System.Globalization;
using CooperationBot.Bot.Language;
using Microsoft.Data.Sqlite;

namespace CooperationBot.Bot.Digests.Storage;

/// <summary>The columns of <c>digest_subscriptions</c> and their mapping to <see cref="DigestSubscription"/>.</summary>
internal static class SubscriptionColumns
{
    public const string Names = "subscriber_id, " + ConversationColumns.Names + """
        , local_time, days, time_zone_id, language, send_when_unchanged, state, parked_reason, parked_at,
        baseline_version, last_digest_date, last_delivered_at, created_at, updated_at
        """;

    public const string Parameters = "$subscriber_id, " + ConversationColumns.Parameters + """
        , $local_time, $days, $time_zone_id, $language, $send_when_unchanged, $state, $parked_reason, $parked_at,
        $baseline_version, $last_digest_date, $last_delivered_at, $created_at, $updated_at
        """;

    private const string TimeFormat = "HH:mm:ss.fffffff";

    public static SqliteCommand WithSubscription(this SqliteCommand command, DigestSubscription subscription)
    {
        var preferences = subscription.Preferences;
        return command
            .With("$subscriber_id", subscription.SubscriberId)
            .WithReference(subscription.Target)
            .With("$local_time", preferences.Time.ToString(TimeFormat, CultureInfo.InvariantCulture))
            .With("$days", preferences.Days.ToString())
            .With("$time_zone_id", preferences.TimeZoneId)
            .With("$language", preferences.Language.ToString())
            .With("$send_when_unchanged", preferences.SendWhenUnchanged ? 1 : 0)
            .With("$state", subscription.State.ToString())
            .With("$parked_reason", SqliteValues.OrNull(subscription.ParkedReason))
            .With("$parked_at", SqliteValues.Instant(subscription.ParkedAt))
            .With("$baseline_version", SqliteValues.OrNull(subscription.BaselineVersion))
            .With("$last_digest_date", SqliteValues.Date(subscription.LastDigestDate))
            .With("$last_delivered_at", SqliteValues.Instant(subscription.LastDeliveredAt))
            .With("$created_at", SqliteValues.Instant(subscription.CreatedAt))
            .With("$updated_at", SqliteValues.Instant(subscription.UpdatedAt));
    }

    public static DigestSubscription ReadSubscription(this SqliteDataReader reader)
    {
        const int Next = 1 + ConversationColumns.Count;
        return new DigestSubscription
        {
            SubscriberId = reader.GetString(0),
            Target = reader.ReadReference(1),
            Preferences = new DigestPreferences(
                TimeOnly.ParseExact(reader.GetString(Next), TimeFormat, CultureInfo.InvariantCulture),
                reader.GetEnum<DigestDays>(Next + 1),
                reader.GetString(Next + 2),
                reader.GetEnum<UserLanguage>(Next + 3),
                reader.GetInt64(Next + 4) != 0),
            State = reader.GetEnum<SubscriptionState>(Next + 5),
            ParkedReason = reader.GetNullableString(Next + 6),
            ParkedAt = reader.GetNullableInstant(Next + 7),
            BaselineVersion = reader.GetNullableString(Next + 8),
            LastDigestDate = reader.GetNullableDate(Next + 9),
            LastDeliveredAt = reader.GetNullableInstant(Next + 10),
            CreatedAt = reader.GetInstant(Next + 11),
            UpdatedAt = reader.GetInstant(Next + 12),
        };
    }
}
