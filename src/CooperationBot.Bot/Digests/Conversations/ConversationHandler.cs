using CooperationBot.Protocol;
using CooperationBot.Protocol.Proactive;
using CooperationBot.Protocol.Routing;
using CooperationBot.Protocol.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace CooperationBot.Bot.Digests.Conversations;

/// <summary>
/// Remembers every conversation the bot hears from (and the team of a channel), and forgets the ones it is removed
/// from. Removing the bot from a team, deleting or archiving the team parks the digests of all the team's channels
/// (keyed by <c>channelData.team.id</c>); restoring or unarchiving it reactivates what that event parked.
/// </summary>
public static class ConversationHandler
{
    /// <summary>The reason recorded when the bot is removed from a team.</summary>
    public const string RemovedFromTeam = "removed from the team";

    /// <summary>The reason recorded when the team is deleted (undone by <c>teamRestored</c>).</summary>
    public const string TeamDeleted = "team deleted";

    /// <summary>The reason recorded when the team is archived (undone by <c>teamUnarchived</c>).</summary>
    public const string TeamArchived = "team archived";

    /// <summary>
    /// Runs before every handler: refreshes the conversation's reference. Not for a removal, and not for a
    /// message-extension search, whose answer must come within Teams' few seconds: no store write on that path.
    /// </summary>
    public static Task OnEveryActivityAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsRemoval(context.Activity)
            || IsMessageExtension(context.Activity)
            || ConversationReference.FromActivity(context.Activity) is not { } reference)
        {
            return Task.CompletedTask;
        }

        return context.Services.GetRequiredService<ConversationRecorder>()
            .RecordAsync(reference, cancellationToken, context.Activity.ChannelDataTeamId);
    }

    /// <summary>installationUpdate <c>remove</c>: the app was uninstalled from this conversation.</summary>
    public static Task OnInstallationUpdateAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IsRemoval(context.Activity) ? ForgetAsync(context, "uninstalled", cancellationToken) : Task.CompletedTask;
    }

    /// <summary>
    /// conversationUpdate: the bot removed from the conversation (from the whole team when it carries a team id), or a
    /// team deleted, archived, restored or unarchived.
    /// </summary>
    public static Task OnConversationUpdateAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var activity = context.Activity;
        var recorder = context.Services.GetRequiredService<ConversationRecorder>();
        var teamId = activity.ChannelDataTeamId;
        if (teamId is not null && TeamEvent(activity) is { } teamEvent)
        {
            return teamEvent.Park
                ? recorder.ParkTeamAsync(teamId, teamEvent.Reason, cancellationToken)
                : recorder.ReactivateTeamAsync(teamId, teamEvent.Reason, cancellationToken);
        }

        return IsRemoval(activity) ? ForgetAsync(context, "removed from the conversation", cancellationToken) : Task.CompletedTask;
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

    /// <summary>What a team-wide event does (park or reactivate) and with which reason; null for every other update.</summary>
    private static (bool Park, string Reason)? TeamEvent(Activity activity) => activity.ChannelDataEventType switch
    {
        "teamMemberRemoved" when BotRemoved(activity) => (true, RemovedFromTeam),
        "teamDeleted" or "teamHardDeleted" => (true, TeamDeleted),
        "teamArchived" => (true, TeamArchived),
        "teamRestored" => (false, TeamDeleted),
        "teamUnarchived" => (false, TeamArchived),
        _ => null,
    };

    private static bool IsMessageExtension(Activity activity) =>
        activity.Type == ActivityTypes.Invoke && activity.Name is ComposeExtensionInvokes.Query or ComposeExtensionInvokes.SelectItem;

    private static bool BotRemoved(Activity activity) =>
        activity.Recipient?.Id is { } botId && activity.MembersRemoved?.Any(member => member.Id == botId) == true;

    /// <summary>An event after which nothing may be written for the conversation (the refresh would undo the removal).</summary>
    private static bool IsRemoval(Activity activity)
    {
        if (activity.Type == ActivityTypes.InstallationUpdate)
        {
            return activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true;
        }

        return activity.Type == ActivityTypes.ConversationUpdate
            && (BotRemoved(activity) || TeamEvent(activity) is (true, _));
    }
}
