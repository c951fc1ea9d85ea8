using System.Text.Json;
using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>
/// Serializer settings for cards on their own. The card types carry all their JSON names, ignore rules and
/// converters as attributes, so any other options (for example the protocol's) give the same card JSON.
/// </summary>
public static class CardJson
{
    /// <summary>Compact output.</summary>
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    /// <summary>Indented output, for reading and logging in development.</summary>
    public static JsonSerializerOptions IndentedOptions { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = indented,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
