using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;
using CooperationBot.Protocol.Routing;

namespace CooperationBot.Bot.Help;

/// <summary>Every message no command took: an honest "I cannot answer that" card with a way to the help card.</summary>
public static class NotUnderstoodHandler
{
    public static async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = await ConversationLanguage.ResolveAsync(context, cancellationToken).ConfigureAwait(false);
        await context.SendAsync(CardReply.Create(context.Activity, NotUnderstoodCard.Create(language)), cancellationToken).ConfigureAwait(false);
    }
}
