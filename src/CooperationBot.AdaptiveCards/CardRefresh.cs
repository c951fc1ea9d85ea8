using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>
/// Universal Actions refresh: Teams sends <see cref="Action"/> as an <c>adaptiveCard/action</c> invoke when one of
/// <see cref="UserIds"/> (at most 60) opens the card; an empty list means refresh by hand only.
/// </summary>
public sealed class CardRefresh
{
    public CardRefresh(ExecuteAction action) => Action = action;

    [JsonPropertyName("action")]
    public ExecuteAction Action { get; set; }

    [JsonPropertyName("userIds")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<string>? UserIds { get; set; }
}
