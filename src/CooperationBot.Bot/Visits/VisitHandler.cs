using System.Text.Json.Nodes;
using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;
using CooperationBot.Protocol.Invoke;
using CooperationBot.Protocol.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CooperationBot.Bot.Visits;

/// <summary>
/// Visits in chat: <c>bezoeken</c> / <c>visits [filter]</c> lists them, <c>bezoek</c> / <c>visit &lt;words&gt;</c> and the
/// visit buttons answer a visit's summary card (or a choice, or not found).
/// </summary>
public static class VisitHandler
{
    /// <summary>"bezoeken", "visits 2023", or a bare "bezoek" / "visit".</summary>
    public const string ListPattern = @"^(bezoeken|visits)\b|^(bezoek|visit)\s*$";

    /// <summary>"bezoek Marokko", "visit Laftit": a command word followed by words, so real questions stay with answering.</summary>
    public const string VisitPattern = @"^(bezoek|visit)\s+\S";

    /// <summary>The longest filter the bot reads; longer text is cut.</summary>
    public const int MaxWordsLength = 200;

    public static async Task OnListMessageAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var filter = WordsAfterCommand(context.Text);
        var language = await ConversationLanguage.ResolveAsync(context, cancellationToken).ConfigureAwait(false);
        await SendAsync(context, Replies(context).List(filter, language), cancellationToken).ConfigureAwait(false);
    }

    public static async Task OnVisitMessageAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var words = WordsAfterCommand(context.Text);
        var language = await ConversationLanguage.ResolveAsync(context, cancellationToken).ConfigureAwait(false);
        await SendAsync(context, Replies(context).FindAsync(words, language, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A visit button (Action.Submit with <c>visitId</c>).</summary>
    public static async Task OnVisitSubmitAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = await ConversationLanguage.ResolveAsync(context, cancellationToken).ConfigureAwait(false);
        await SendAsync(context, Replies(context).ForIdAsync(ReadVisitId(context.Activity.Value), language, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The "All visits" button.</summary>
    public static async Task OnListSubmitAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = await ConversationLanguage.ResolveAsync(context, cancellationToken).ConfigureAwait(false);
        await SendAsync(context, Replies(context).List(null, language), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Action.Execute with verb <c>visit</c>: the summary card in place of the clicked card.</summary>
    public static async Task<AdaptiveCardInvokeResponse> RefreshVisitAsync(
        TurnContext context, AdaptiveCardAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        var language = await ConversationLanguage.ResolveAsync(context, cancellationToken, action.Data).ConfigureAwait(false);
        var visitId = ReadVisitId(action.Data);
        return visitId is null
            ? AdaptiveCardInvokeResponse.BadRequest($"The action has no '{VisitButton.VisitIdProperty}'.")
            : AdaptiveCardInvokeResponse.Card(await Replies(context).ForIdAsync(visitId, language, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The text after the command word, trimmed and cut to <see cref="MaxWordsLength"/>.</summary>
    internal static string WordsAfterCommand(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\t', '\n']);
        var words = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        return words.Length <= MaxWordsLength ? words : words[..MaxWordsLength];
    }

    private static string? ReadVisitId(JsonNode? value) =>
        value is JsonObject data && data[VisitButton.VisitIdProperty] is JsonValue id && id.TryGetValue(out string? text)
            && !string.IsNullOrWhiteSpace(text)
                ? text
                : null;

    private static VisitReplies Replies(TurnContext context) => context.Services.GetRequiredService<VisitReplies>();

    private static async Task SendAsync(TurnContext context, Task<AdaptiveCard> card, CancellationToken cancellationToken) =>
        await SendAsync(context, await card.ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    private static Task SendAsync(TurnContext context, AdaptiveCard card, CancellationToken cancellationToken) =>
        context.SendAsync(CardReply.Create(context.Activity, card), cancellationToken);
}
