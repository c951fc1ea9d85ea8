using CooperationBot.Protocol;
using CooperationBot.Protocol.Proactive;
using CooperationBot.Protocol.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CooperationBot.Bot.Digests.Conversations;

/// <summary>Remembers every conversation the bot hears from, and forgets the ones it is removed from.</summary>
public static class ConversationHandler
{
    /// <summary>Runs before every handler: refreshes the conversation's reference (not for a removal).</summary>
    public static Task OnEveryActivityAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsRemoval(context.Activity) || ConversationReference.FromActivity(context.Activity) is not { } reference)
        {
            return Task.CompletedTask;
        }

        return context.Services.GetRequiredService<ConversationRecorder>().RecordAsync(reference, cancellationToken);
    }

    /// <summary>installationUpdate <c>remove</c>: the app was uninstalled from this conversation.</summary>
    public static Task OnInstallationUpdateAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IsRemoval(context.Activity) ? ForgetAsync(context, "uninstalled", cancellationToken) : Task.CompletedTask;
    }

    /// <summary>conversationUpdate whose membersRemoved holds the bot: it was removed from the team or chat.</summary>
    public static Task OnConversationUpdateAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IsRemoval(context.Activity) ? ForgetAsync(context, "removed from the conversation", cancellationToken) : Task.CompletedTask;
    }

    private static Task ForgetAsync(TurnContext context, string reason, CancellationToken cancellationToken)
    {
        var reference = ConversationReference.FromActivity(context.Activity);
        if (reference is null)
        {
            return Task.CompletedTask;
        }

        return context.Services.GetRequiredService<ConversationRecorder>()
            .ForgetAsync(reference.ConversationId, reference.ConversationType, reason, cancellationToken);
    }

    private static bool IsRemoval(Activity activity)
    {
        if (activity.Type == ActivityTypes.InstallationUpdate)
        {
            return activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true;
        }

        var botId = activity.Recipient?.Id;
        return activity.Type == ActivityTypes.ConversationUpdate
            && botId is not null
            && activity.MembersRemoved?.Any(member => member.Id == botId) == true;
    }
}
