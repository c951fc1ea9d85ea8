using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>A row of action buttons inside the card body.</summary>
public sealed class ActionSet : CardElement
{
    public ActionSet()
        : base("ActionSet")
    {
    }

    [JsonPropertyName("actions")]
    public IList<CardAction> Actions { get; init; } = [];
}
