using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Digests.Scheduling;
using CooperationBot.Bot.Language;
using CooperationBot.Protocol;
using CooperationBot.Protocol.Connector;
using CooperationBot.Protocol.Proactive;
using CooperationBot.Protocol.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Digests;

/// <summary>
/// The digest in chat: <c>digest aan [07:30]</c> / <c>digest subscribe</c>, <c>digest uit</c> / <c>unsubscribe</c>,
/// <c>digest status</c>, <c>digest</c> (settings card), and the settings card's buttons. In a personal chat the
/// person subscribes; in a channel or group chat the conversation does, and the digest is posted there.
/// </summary>
public static class DigestHandler
{
    public static async Task OnMessageAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = DigestCommand.Parse(context.Text);
        UserLanguage language;
        if (command.Language is { } named)
        {
            language = named;
            await ConversationLanguage.SetAsync(context, named, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            language = await ConversationLanguage.ResolveAsync(context, cancellationToken).ConfigureAwait(false);
        }

        await (command.Kind switch
        {
            DigestCommandKind.Subscribe when command.Error is not null => context.SendTextAsync(command.Error, cancellationToken),
            DigestCommandKind.Subscribe => SubscribeAsync(context, command.Time, language, cancellationToken),
            DigestCommandKind.Unsubscribe => UnsubscribeAsync(context, language, cancellationToken),
            DigestCommandKind.Status => SendStatusAsync(context, language, cancellationToken),
            DigestCommandKind.Settings => SendSettingsAsync(context, language, cancellationToken),
            _ => context.SendTextAsync(DigestReplies.Usage(language), cancellationToken),
        }).ConfigureAwait(false);
    }

    /// <summary>The settings card's save button.</summary>
    public static async Task OnSaveAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = await ConversationLanguage.ResolveAsync(context, cancellationToken).ConfigureAwait(false);
        if (!DigestSettingsCard.TryRead(context.Activity.Value, out var preferences, out var error))
        {
            await context.SendTextAsync(DigestReplies.NotSaved(error!, language), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (Reference(context) is not { } reference)
        {
            await context.SendTextAsync(DigestReplies.NotHere(language), cancellationToken).ConfigureAwait(false);
            return;
        }

        await ConversationLanguage.SetAsync(context, preferences!.Language, cancellationToken).ConfigureAwait(false);
        var subscription = await Subscriptions(context).SubscribeAsync(reference, preferences, cancellationToken).ConfigureAwait(false);
        await ShowSavedInSubmittedCardAsync(context, subscription, reference, preferences.Language, cancellationToken).ConfigureAwait(false);
        await SendConfirmationAsync(context, subscription, reference, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Replaces the submitted settings card (the message its Save button answers, <c>replyToId</c>) with one built
    /// from the saved preferences: a client that draws the card again (the Playground after every submit, Teams on
    /// scrolling back) then shows what was saved, not the values the card was sent with. Only through the connector:
    /// a turn answered in the HTTP response (<c>expectReplies</c>) has no message to update. A failed update is logged;
    /// the confirmation still follows. The redrawn card carries no message text (see below).
    /// </summary>
    private static async Task ShowSavedInSubmittedCardAsync(
        TurnContext context, DigestSubscription subscription, ConversationReference reference, UserLanguage language, CancellationToken cancellationToken)
    {
        var inbound = context.Activity;
        if (string.IsNullOrEmpty(inbound.ReplyToId) || string.IsNullOrEmpty(inbound.ServiceUrl) || inbound.Conversation?.Id is not { } conversationId
            || string.Equals(inbound.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var update = CardReply.Create(inbound, DigestSettingsCard.Create(subscription.Preferences, subscribed: true, reference.IsChannel, language));
        update.Id = inbound.ReplyToId;
        update.ReplyToId = null;

        // The card alone: a connector that shows a message's text and card as two (the Playground) refuses an update
        // that would turn into two; the form's lead is not needed once the settings are saved.
        update.Text = null;
        update.TextFormat = null;
        try
        {
            await context.Services.GetRequiredService<ConnectorClient>()
                .UpdateActivityAsync(inbound.ServiceUrl, conversationId, inbound.ReplyToId, update, cancellationToken)
                .ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The settings are saved; a card that cannot be redrawn must not cost the confirmation.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            Log.SettingsCardNotUpdated(context.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DigestHandler).FullName!), exception);
        }
    }

    /// <summary>The subscribe button (default settings, or the current ones).</summary>
    public static async Task OnSubscribeSubmitAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = await ConversationLanguage.ResolveAsync(context, cancellationToken).ConfigureAwait(false);
        await SubscribeAsync(context, null, language, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The status button.</summary>
    public static async Task OnStatusSubmitAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = await ConversationLanguage.ResolveAsync(context, cancellationToken).ConfigureAwait(false);
        await SendStatusAsync(context, language, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The unsubscribe button.</summary>
    public static async Task OnUnsubscribeSubmitAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = await ConversationLanguage.ResolveAsync(context, cancellationToken).ConfigureAwait(false);
        await UnsubscribeAsync(context, language, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The status card's settings button.</summary>
    public static async Task OnSettingsSubmitAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = await ConversationLanguage.ResolveAsync(context, cancellationToken).ConfigureAwait(false);
        await SendSettingsAsync(context, language, cancellationToken).ConfigureAwait(false);
    }

    private static async Task SubscribeAsync(TurnContext context, TimeOnly? time, UserLanguage? language, CancellationToken cancellationToken)
    {
        if (Reference(context) is not { } reference)
        {
            await context.SendTextAsync(DigestReplies.NotHere(language ?? UserLanguage.Dutch), cancellationToken).ConfigureAwait(false);
            return;
        }

        var subscriptions = Subscriptions(context);
        var existing = await subscriptions.FindAsync(reference, cancellationToken).ConfigureAwait(false);
        var chosen = language ?? existing?.Preferences.Language ?? await ConversationLanguage.ResolveAsync(context, cancellationToken).ConfigureAwait(false);
        var preferences = (existing?.Preferences ?? DigestPreferences.Default(chosen)) with { Language = chosen };
        if (time is { } at)
        {
            preferences = preferences with { Time = at };
        }

        var subscription = await subscriptions.SubscribeAsync(reference, preferences, cancellationToken).ConfigureAwait(false);
        await SendConfirmationAsync(context, subscription, reference, cancellationToken).ConfigureAwait(false);
    }

    private static Task SendConfirmationAsync(
        TurnContext context, DigestSubscription subscription, ConversationReference reference, CancellationToken cancellationToken)
    {
        var preferences = subscription.Preferences;
        var nextDue = DigestSchedule.NextDue(preferences, context.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        return SendCardAsync(context, DigestConfirmationCard.Subscribed(preferences, nextDue, reference.IsChannel, preferences.Language), cancellationToken);
    }

    private static async Task UnsubscribeAsync(TurnContext context, UserLanguage language, CancellationToken cancellationToken)
    {
        var reference = Reference(context);
        if (reference is not null && await Subscriptions(context).UnsubscribeAsync(reference, cancellationToken).ConfigureAwait(false))
        {
            await SendCardAsync(context, DigestConfirmationCard.Unsubscribed(reference.IsChannel, language), cancellationToken).ConfigureAwait(false);
            return;
        }

        await context.SendTextAsync(DigestReplies.WasNotSubscribed(language), cancellationToken).ConfigureAwait(false);
    }

    private static async Task SendStatusAsync(TurnContext context, UserLanguage? language, CancellationToken cancellationToken)
    {
        var subscription = Reference(context) is { } reference
            ? await Subscriptions(context).FindAsync(reference, cancellationToken).ConfigureAwait(false)
            : null;
        var chosen = language ?? subscription?.Preferences.Language ?? await ConversationLanguage.ResolveAsync(context, cancellationToken).ConfigureAwait(false);

        // An ended subscription keeps its preferences for a later subscribe, but its status is "not subscribed".
        await SendStatusCardAsync(context, subscription is { IsSubscribed: true } ? subscription : null, chosen, cancellationToken).ConfigureAwait(false);
    }

    private static async Task SendStatusCardAsync(
        TurnContext context, DigestSubscription? subscription, UserLanguage language, CancellationToken cancellationToken)
    {
        var recent = subscription is null
            ? []
            : await Subscriptions(context).RecentAsync(subscription.SubscriberId, cancellationToken).ConfigureAwait(false);
        DateTimeOffset? nextDue = subscription is { State: SubscriptionState.Active }
            ? DigestSchedule.NextDue(subscription.Preferences, context.Services.GetRequiredService<TimeProvider>().GetUtcNow())
            : null;
        await SendCardAsync(context, DigestStatusCard.Create(subscription, recent, nextDue, language), cancellationToken).ConfigureAwait(false);
    }

    private static async Task SendSettingsAsync(TurnContext context, UserLanguage? language, CancellationToken cancellationToken)
    {
        var reference = Reference(context);
        var subscription = reference is null ? null : await Subscriptions(context).FindAsync(reference, cancellationToken).ConfigureAwait(false);
        var chosen = language ?? subscription?.Preferences.Language ?? await ConversationLanguage.ResolveAsync(context, cancellationToken).ConfigureAwait(false);
        await SendSettingsCardAsync(context, subscription, reference, chosen, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The settings card with the stored preferences (kept after unsubscribing too); the defaults in
    /// <paramref name="language"/> only when the subscriber never subscribed.
    /// </summary>
    private static Task SendSettingsCardAsync(
        TurnContext context, DigestSubscription? subscription, ConversationReference? reference, UserLanguage language, CancellationToken cancellationToken)
    {
        var current = subscription?.Preferences ?? DigestPreferences.Default(language);
        var card = DigestSettingsCard.Create(current, subscription is { IsSubscribed: true }, reference?.IsChannel == true, language);
        return SendCardAsync(context, card, cancellationToken);
    }

    private static Task SendCardAsync(TurnContext context, AdaptiveCard card, CancellationToken cancellationToken) =>
        context.SendAsync(CardReply.Create(context.Activity, card), cancellationToken);

    private static ConversationReference? Reference(TurnContext context) => ConversationReference.FromActivity(context.Activity);

    private static DigestSubscriptions Subscriptions(TurnContext context) => context.Services.GetRequiredService<DigestSubscriptions>();
}
