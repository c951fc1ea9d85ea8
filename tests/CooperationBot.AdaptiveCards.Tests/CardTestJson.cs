using System.Text.Json;

namespace CooperationBot.AdaptiveCards.Tests;

/// <summary>Serializes parts of a card declared as their base type, the way the card's lists hold them.</summary>
internal static class CardTestJson
{
    public static string Element(CardElement element) => JsonSerializer.Serialize(element, CardJson.Options);

    public static string Action(CardAction action) => JsonSerializer.Serialize(action, CardJson.Options);
}
