using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary><c>Action.ShowCard</c>: unfolds a nested card below the actions (not allowed as a select action).</summary>
public sealed class ShowCardAction : CardAction
{
    public ShowCardAction(AdaptiveCard card)
        : base("Action.ShowCard") => Card = card;

    [JsonPropertyName("card")]
    public AdaptiveCard Card { get; set; }
}
