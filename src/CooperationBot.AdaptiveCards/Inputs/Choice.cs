using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>One option of a <see cref="ChoiceSetInput"/>: the shown title and the submitted value.</summary>
public sealed class Choice
{
    public Choice(string title, string value)
    {
        Title = title;
        Value = value;
    }

    [JsonPropertyName("title")]
    public string Title { get; set; }

    [JsonPropertyName("value")]
    public string Value { get; set; }
}
