using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;
using CooperationBot.Protocol.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CooperationBot.Bot.Conversation;

/// <summary>
/// Welcomes a conversation once when the bot is installed or added (installationUpdate <c>add</c>, or a
/// conversationUpdate whose membersAdded holds the bot), and forgets it when the bot is removed.
/// </summary>
public static class WelcomeHandler
{
    public static Task OnConversationUpdateAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var botId = context.Activity.Recipient?.Id;
        var botAdded = botId is not null && context.Activity.MembersAdded?.Any(m => m.Id == botId) == true;
        return botAdded ? WelcomeOnceAsync(context, cancellationToken) : Task.CompletedTask;
    }

    public static Task OnInstallationUpdateAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var action = context.Activity.Action ?? string.Empty;
        if (action.StartsWith("remove", StringComparison.OrdinalIgnoreCase) && context.Activity.Conversation?.Id is { } id)
        {
            return context.Services.GetRequiredService<WelcomeTracker>().ForgetAsync(id, cancellationToken);
        }

        return action.StartsWith("add", StringComparison.OrdinalIgnoreCase)
            ? WelcomeOnceAsync(context, cancellationToken)
            : Task.CompletedTask;
    }

    private static async Task WelcomeOnceAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var conversationId = context.Activity.Conversation?.Id;
        if (conversationId is null
            || !await context.Services.GetRequiredService<WelcomeTracker>().TryStartWelcomeAsync(conversationId, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var language = await ConversationLanguage.StoredOrLocaleAsync(context, cancellationToken).ConfigureAwait(false);
        await context.SendAsync(CardReply.Create(context.Activity, WelcomeCard.Create(language)), cancellationToken).ConfigureAwait(false);
    }
}
