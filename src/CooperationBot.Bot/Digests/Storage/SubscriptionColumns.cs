using System.Data.Common;
using System.Globalization;
using CooperationBot.Bot.Language;

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

    public static TCommand WithSubscription<TCommand>(this TCommand command, DigestSubscription subscription, ParameterStyle style)
        where TCommand : DbCommand
    {
        var preferences = subscription.Preferences;
        return command
            .With(style.Name("subscriber_id"), subscription.SubscriberId)
            .WithReference(subscription.Target, style)
            .With(style.Name("local_time"), preferences.Time.ToString(TimeFormat, CultureInfo.InvariantCulture))
            .With(style.Name("days"), preferences.Days.ToString())
            .With(style.Name("time_zone_id"), preferences.TimeZoneId)
            .With(style.Name("language"), preferences.Language.ToString())
            .With(style.Name("send_when_unchanged"), preferences.SendWhenUnchanged)
            .With(style.Name("state"), subscription.State.ToString())
            .With(style.Name("parked_reason"), StoreValues.OrNull(subscription.ParkedReason))
            .With(style.Name("parked_at"), StoreValues.Instant(subscription.ParkedAt))
            .With(style.Name("baseline_version"), StoreValues.OrNull(subscription.BaselineVersion))
            .With(style.Name("last_digest_date"), style.Date(subscription.LastDigestDate))
            .With(style.Name("last_delivered_at"), StoreValues.Instant(subscription.LastDeliveredAt))
            .With(style.Name("created_at"), StoreValues.Instant(subscription.CreatedAt))
            .With(style.Name("updated_at"), StoreValues.Instant(subscription.UpdatedAt));
    }

    public static DigestSubscription ReadSubscription(this DbDataReader reader)
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
                reader.GetBoolean(Next + 4)),
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
