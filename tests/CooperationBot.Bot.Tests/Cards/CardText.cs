using CooperationBot.AdaptiveCards;

namespace CooperationBot.Bot.Tests.Cards;

/// <summary>
/// The text a reader sees of a card's message, one line each, without JSON escaping: first the message text (the
/// card's lead, which is also its fallbackText; see CardReply), then the card's TextBlocks and facts.
/// </summary>
internal static class CardText
{
    public static string Of(AdaptiveCard card) => string.Join('\n', Lines(card.Body).Prepend(card.FallbackText ?? string.Empty));

    /// <summary>Only what the card's body shows.</summary>
    public static string OfBody(AdaptiveCard card) => string.Join('\n', Lines(card.Body));

    private static IEnumerable<string> Lines(IEnumerable<CardElement> elements) => elements.SelectMany(e => e switch
    {
        TextBlock block => [block.Text],
        FactSet facts => facts.Facts.Select(f => $"{f.Title}: {f.Value}"),
        Container container => Lines(container.Items),
        _ => [],
    });
}
