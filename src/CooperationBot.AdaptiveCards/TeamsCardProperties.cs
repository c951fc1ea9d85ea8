using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>The <c>msteams</c> object at the card root, read only by Teams.</summary>
public sealed class TeamsCardProperties
{
    /// <summary>The only width Teams knows besides its default.</summary>
    public const string Full = "Full";

    /// <summary><c>{"width":"Full"}</c>: the card takes the full width of the conversation.</summary>
    public static TeamsCardProperties FullWidth { get; } = new() { Width = Full };

    [JsonPropertyName("width")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Width { get; init; }
}
