using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;
using CooperationBot.Protocol.Invoke;
using CooperationBot.Protocol.Routing;

namespace CooperationBot.Bot.Help;

/// <summary>Answers <c>help</c> / <c>hulp</c> (typed, or a card button) with the card listing what the bot can do.</summary>
public static class HelpHandler
{
    public const string Verb = "help";

    public static async Task SendHelpAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = await ConversationLanguage.ResolveAsync(context, cancellationToken).ConfigureAwait(false);
        await context.SendAsync(CardReply.Create(context.Activity, HelpCard.Create(language)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The help card in place of the clicked card (Action.Execute).</summary>
    public static async Task<AdaptiveCardInvokeResponse> RefreshHelpAsync(
        TurnContext context, AdaptiveCardAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        var language = await ConversationLanguage.ResolveAsync(context, cancellationToken, action.Data).ConfigureAwait(false);
        return AdaptiveCardInvokeResponse.Card(HelpCard.Create(language));
    }
}
