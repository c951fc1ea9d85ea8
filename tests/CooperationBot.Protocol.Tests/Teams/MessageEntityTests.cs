using System.Text.Json;
using System.Text.Json.Nodes;
using CooperationBot.Protocol.Teams;

namespace CooperationBot.Protocol.Tests.Teams;

public class MessageEntityTests
{
    private static JsonNode Serialize(Entity entity) => JsonNode.Parse(JsonSerializer.Serialize(entity, ProtocolJson.Options))!;

    [Fact]
    public void Create_OneCitation_WritesSchemaOrgMessageShape()
    {
        var json = Serialize(MessageEntity.Create([new Citation(1, "Titel (Uitgever, 21 februari 2023)", "De woorden.", new Uri("https://example.org/a"))]));

        Assert.Equal("https://schema.org/Message", (string?)json["type"]);
        Assert.Equal("https://schema.org", (string?)json["@context"]);
        Assert.Equal("Message", (string?)json["@type"]);
        Assert.Equal(string.Empty, (string?)json["@id"]);
        Assert.Null(json["additionalType"]);
        var claim = json["citation"]![0]!;
        Assert.Equal("Claim", (string?)claim["@type"]);
        Assert.Equal(1, (int)claim["position"]!);
        Assert.Equal("DigitalDocument", (string?)claim["appearance"]!["@type"]);
        Assert.Equal("De woorden.", (string?)claim["appearance"]!["abstract"]);
        Assert.Equal("https://example.org/a", (string?)claim["appearance"]!["url"]);
    }

    [Fact]
    public void Create_AiGenerated_AddsTheLabel()
    {
        var json = Serialize(MessageEntity.Create([new Citation(1, "n", "a")], aiGenerated: true));

        Assert.Equal("AIGeneratedContent", (string?)json["additionalType"]![0]);
    }

    [Fact]
    public void Create_LongValues_AreShortenedToTeamsLimits()
    {
        var citations = Enumerable.Range(1, 25).Select(i => new Citation(i, new string('n', 200), new string('a', 400), null, ["k1", new string('k', 40), "k3", "k4"]));

        var json = Serialize(MessageEntity.Create(citations));

        var claims = json["citation"]!.AsArray();
        Assert.Equal(20, claims.Count);
        var appearance = claims[0]!["appearance"]!;
        Assert.Equal(80, ((string)appearance["name"]!).Length);
        Assert.Equal(160, ((string)appearance["abstract"]!).Length);
        Assert.EndsWith("…", (string)appearance["abstract"]!);
        var keywords = appearance["keywords"]!.AsArray();
        Assert.Equal(3, keywords.Count);
        Assert.Equal(28, ((string)keywords[1]!).Length);
    }
}
