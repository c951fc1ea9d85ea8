using System.Text.Json;
using System.Text.Json.Nodes;

namespace CooperationBot.Protocol.Teams;

/// <summary>
/// The one <c>https://schema.org/Message</c> root entity a Teams message may carry: numbered citations, and the
/// "AI generated" label only when a language model wrote the text.
/// </summary>
public static class MessageEntity
{
    public const string EntityType = "https://schema.org/Message";
    public const int MaxCitations = 20;
    private const int MaxName = 80;
    private const int MaxAbstract = 160;
    private const int MaxKeywords = 3;
    private const int MaxKeyword = 28;

    public static Entity Create(IEnumerable<Citation> citations, bool aiGenerated = false)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var claims = new JsonArray();
        foreach (var citation in citations.Take(MaxCitations))
        {
            var appearance = new JsonObject
            {
                ["@type"] = "DigitalDocument",
                ["name"] = Shorten(citation.Name, MaxName),
                ["abstract"] = Shorten(citation.Abstract, MaxAbstract),
            };
            if (citation.Url is not null)
            {
                appearance["url"] = citation.Url.AbsoluteUri;
            }

            if (citation.Keywords is { Count: > 0 } keywords)
            {
                appearance["keywords"] = new JsonArray([.. keywords.Take(MaxKeywords).Select(k => (JsonNode)Shorten(k, MaxKeyword))]);
            }

            claims.Add(new JsonObject { ["@type"] = "Claim", ["position"] = citation.Position, ["appearance"] = appearance });
        }

        var properties = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Message",
            ["@id"] = string.Empty,
            ["citation"] = claims,
        };
        if (aiGenerated)
        {
            properties["additionalType"] = new JsonArray("AIGeneratedContent");
        }

        return new Entity
        {
            Type = EntityType,
            Properties = properties.ToDictionary(p => p.Key, p => JsonSerializer.SerializeToElement(p.Value)),
        };
    }

    /// <summary>Shortens to at most <paramref name="max"/> characters, ending in an ellipsis when cut.</summary>
    internal static string Shorten(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1).TrimEnd(), "…");
}
