using System.Text;
using CooperationBot.Testing.Json;

namespace CooperationBot.AdaptiveCards.Tests;

public sealed class AdaptiveCardTests
{
    [Fact]
    public void ToJson_EmptyCard_WritesSchemaTypeVersionAndBodyOnly()
    {
        JsonAssert.Equivalent(
            """{"$schema":"http://adaptivecards.io/schemas/adaptive-card.json","type":"AdaptiveCard","version":"1.5","body":[]}""",
            new AdaptiveCard().ToJson());
    }

    [Fact]
    public void ToJson_RootProperties_WritesThem()
    {
        var card = new AdaptiveCard
        {
            Version = "1.4",
            FallbackText = "Tekst",
            Speak = "Spreek",
            Lang = "nl",
            MinHeight = "50px",
            VerticalContentAlignment = VerticalContentAlignment.Center,
            MsTeams = TeamsCardProperties.FullWidth,
            Refresh = new CardRefresh(new ExecuteAction("refresh")) { UserIds = [] },
            Actions = [],
        };

        JsonAssert.Equivalent(
            """
            {"$schema":"http://adaptivecards.io/schemas/adaptive-card.json","type":"AdaptiveCard","version":"1.4","body":[],
             "actions":[],"fallbackText":"Tekst","speak":"Spreek","lang":"nl","minHeight":"50px",
             "verticalContentAlignment":"center","msteams":{"width":"Full"},
             "refresh":{"action":{"type":"Action.Execute","verb":"refresh"},"userIds":[]}}
            """,
            card.ToJson());
    }

    [Fact]
    public void ToJson_Indented_SameJsonOnSeveralLines()
    {
        var card = KitchenSinkCard.Create();

        var indented = card.ToJson(indented: true);

        Assert.Contains('\n', indented);
        Assert.DoesNotContain('\n', card.ToJson());
        JsonAssert.Equivalent(card.ToJson(), indented);
    }

    [Fact]
    public void ToJson_SchemaAndTypeFirst_StartsWithThem()
    {
        Assert.StartsWith(
            """{"$schema":"http://adaptivecards.io/schemas/adaptive-card.json","type":"AdaptiveCard","version":"1.5",""",
            KitchenSinkCard.Create().ToJson());
    }

    [Fact]
    public void Utf8Size_AnyCard_EqualsUtf8BytesOfToJson()
    {
        var card = new AdaptiveCard { Body = [new TextBlock("één café")] };

        Assert.Equal(Encoding.UTF8.GetByteCount(card.ToJson()), card.Utf8Size());
    }

    [Fact]
    public void Utf8Size_MoreText_Grows()
    {
        var card = new AdaptiveCard { Body = [new TextBlock("kort")] };
        var before = card.Utf8Size();

        card.Body.Add(new TextBlock(new string('x', 1000)));

        Assert.InRange(card.Utf8Size() - before, 1000, 1100);
    }

    [Fact]
    public void Utf8Size_KitchenSink_StaysUnderSafeLimit()
    {
        Assert.InRange(KitchenSinkCard.Create().Utf8Size(), 1000, AdaptiveCard.SafeMaxUtf8Size);
    }
}
