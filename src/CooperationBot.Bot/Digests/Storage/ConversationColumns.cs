using System.Data.Common;
using CooperationBot.Protocol.Proactive;

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

    public static TCommand WithReference<TCommand>(this TCommand command, ConversationReference reference, ParameterStyle style)
        where TCommand : DbCommand => command
        .With(style.Name("conversation_id"), reference.ConversationId)
        .With(style.Name("service_url"), reference.ServiceUrl)
        .With(style.Name("channel_id"), reference.ChannelId)
        .With(style.Name("conversation_type"), StoreValues.OrNull(reference.ConversationType))
        .With(style.Name("tenant_id"), StoreValues.OrNull(reference.TenantId))
        .With(style.Name("bot_id"), StoreValues.OrNull(reference.BotId))
        .With(style.Name("user_id"), StoreValues.OrNull(reference.UserId))
        .With(style.Name("locale"), StoreValues.OrNull(reference.Locale));

    /// <summary>Reads the eight columns starting at <paramref name="first"/>.</summary>
    public static ConversationReference ReadReference(this DbDataReader reader, int first) => new(
        reader.GetString(first),
        reader.GetString(first + 1),
        reader.GetString(first + 2),
        reader.GetNullableString(first + 3),
        reader.GetNullableString(first + 4),
        reader.GetNullableString(first + 5),
        reader.GetNullableString(first + 6),
        reader.GetNullableString(first + 7));
}
