using CooperationBot.Protocol.Proactive;
using Microsoft.Data.Sqlite;

namespace CooperationBot.Bot.Digests.Storage;

/// <summary>
/// The eight columns of a <see cref="ConversationReference"/>, used by <c>conversation_references</c> and by the
/// delivery target of <c>digest_subscriptions</c>.
/// </summary>
internal static class ConversationColumns
{
    public const string Names = "conversation_id, service_url, channel_id, conversation_type, tenant_id, bot_id, user_id, locale";

    public const string Parameters = "$conversation_id, $service_url, $channel_id, $conversation_type, $tenant_id, $bot_id, $user_id, $locale";

    /// <summary>Assignments for an upsert's <c>DO UPDATE SET</c> (every column but the key).</summary>
    public const string UpdateFromExcluded = """
        service_url = excluded.service_url, channel_id = excluded.channel_id,
        conversation_type = excluded.conversation_type, tenant_id = excluded.tenant_id, bot_id = excluded.bot_id,
        user_id = excluded.user_id, locale = excluded.locale
        """;

    public const int Count = 8;

    public static SqliteCommand WithReference(this SqliteCommand command, ConversationReference reference) => command
        .With("$conversation_id", reference.ConversationId)
        .With("$service_url", reference.ServiceUrl)
        .With("$channel_id", reference.ChannelId)
        .With("$conversation_type", SqliteValues.OrNull(reference.ConversationType))
        .With("$tenant_id", SqliteValues.OrNull(reference.TenantId))
        .With("$bot_id", SqliteValues.OrNull(reference.BotId))
        .With("$user_id", SqliteValues.OrNull(reference.UserId))
        .With("$locale", SqliteValues.OrNull(reference.Locale));

    /// <summary>Reads the eight columns starting at <paramref name="first"/>.</summary>
    public static ConversationReference ReadReference(this SqliteDataReader reader, int first) => new(
        reader.GetString(first),
        reader.GetString(first + 1),
        reader.GetString(first + 2),
        reader.GetNullableString(first + 3),
        reader.GetNullableString(first + 4),
        reader.GetNullableString(first + 5),
        reader.GetNullableString(first + 6),
        reader.GetNullableString(first + 7));
}
