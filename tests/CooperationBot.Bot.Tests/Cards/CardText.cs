using CooperationBot.AdaptiveCards;

namespace CooperationBot.Bot.Tests.Cards;

/// <summary>The text a reader sees on a card (TextBlocks and facts, one per line), without JSON escaping.</summary>
internal static class CardText
{
    public static string Of(AdaptiveCard card) => string.Join('\n', Lines(card.Body));

    private static IEnumerable<string> Lines(IEnumerable<CardElement> elements) => elements.SelectMany(e => e switch
    {
        TextBlock block => [block.Text],
        FactSet facts => facts.Facts.Select(f => $"{f.Title}: {f.Value}"),
        Container container => Lines(container.Items),
        _ => [],
    });
}
