using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary><c>Action.OpenUrl</c>: opens a web page.</summary>
public sealed class OpenUrlAction : CardAction
{
    public OpenUrlAction(Uri url)
        : base("Action.OpenUrl") => Url = url;

    [JsonPropertyName("url")]
    public Uri Url { get; set; }
}
