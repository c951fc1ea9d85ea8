using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>
/// <c>Action.ToggleVisibility</c> (schema 1.2): shows or hides the card's elements with the given ids, in the client,
/// without a round trip to the bot. Start the elements hidden with <see cref="CardElement.IsVisible"/> <c>false</c>.
/// </summary>
public sealed class ToggleVisibilityAction : CardAction
{
    /// <summary>An action that toggles the elements with these ids.</summary>
    public ToggleVisibilityAction(params IEnumerable<string> elementIds)
        : base("Action.ToggleVisibility") => TargetElements = [.. elementIds.Select(id => new TargetElement(id))];

    [JsonPropertyName("targetElements")]
    public IList<TargetElement> TargetElements { get; init; }
}
