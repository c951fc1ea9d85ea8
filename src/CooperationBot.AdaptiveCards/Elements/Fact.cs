using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>One title/value pair of a <see cref="FactSet"/>.</summary>
public sealed class Fact
{
    public Fact(string title, string value)
    {
        Title = title;
        Value = value;
    }

    [JsonPropertyName("title")]
    public string Title { get; set; }

    [JsonPropertyName("value")]
    public string Value { get; set; }
}
