using System.Text.Json;
using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>
/// An Adaptive Card (schema 1.5, the newest Teams renders). Serializes to the same JSON under any
/// <see cref="JsonSerializerOptions"/>, on its own or as the <see cref="object"/> content of an attachment.
/// </summary>
public sealed class AdaptiveCard
{
    /// <summary>The content type of a card attachment.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>A safe upper bound for a card: message extension result cards must stay under 28 KB.</summary>
    public const int SafeMaxUtf8Size = 28 * 1024;

    [JsonInclude]
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-3)]
    public string Schema { get; private init; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>Always <c>AdaptiveCard</c>.</summary>
    [JsonInclude]
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-2)]
    public string Type { get; private init; } = "AdaptiveCard";

    /// <summary>The schema version the card needs. The default is 1.5.</summary>
    [JsonPropertyName("version")]
    [JsonPropertyOrder(-1)]
    public string Version { get; set; } = "1.5";

    [JsonPropertyName("body")]
    public IList<CardElement> Body { get; init; } = [];

    /// <summary>The buttons below the body; left out when null.</summary>
    [JsonPropertyName("actions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<CardAction>? Actions { get; set; }

    /// <summary>Shown by clients that cannot render the card (e.g. notifications).</summary>
    [JsonPropertyName("fallbackText")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FallbackText { get; set; }

    [JsonPropertyName("speak")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Speak { get; set; }

    /// <summary>The two-letter language of the card, e.g. <c>nl</c>.</summary>
    [JsonPropertyName("lang")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Lang { get; set; }

    /// <summary>The minimum height, e.g. <c>"200px"</c>.</summary>
    [JsonPropertyName("minHeight")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MinHeight { get; set; }

    [JsonPropertyName("verticalContentAlignment")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public VerticalContentAlignment? VerticalContentAlignment { get; set; }

    /// <summary>Universal Actions refresh (schema 1.4).</summary>
    [JsonPropertyName("refresh")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CardRefresh? Refresh { get; set; }

    /// <summary>Teams host properties, e.g. <see cref="TeamsCardProperties.FullWidth"/>.</summary>
    [JsonPropertyName("msteams")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TeamsCardProperties? MsTeams { get; set; }

    /// <summary>The card as JSON.</summary>
    public string ToJson(bool indented = false) =>
        JsonSerializer.Serialize(this, indented ? CardJson.IndentedOptions : CardJson.Options);

    /// <summary>The size of the compact JSON in UTF-8 bytes; compare with <see cref="SafeMaxUtf8Size"/>.</summary>
    public int Utf8Size() => JsonSerializer.SerializeToUtf8Bytes(this, CardJson.Options).Length;
}
