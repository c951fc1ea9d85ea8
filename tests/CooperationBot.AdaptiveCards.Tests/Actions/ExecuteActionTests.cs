using System.Text.Json.Nodes;
using CooperationBot.Testing.Cards;
using CooperationBot.Testing.Json;

namespace CooperationBot.AdaptiveCards.Tests.Actions;

public sealed class ExecuteActionTests
{
    private static ExecuteAction WithSubmitFallback() => new("subscribe")
    {
        Title = "Abonneren",
        Style = ActionStyle.Default,
        AssociatedInputs = AssociatedInputs.Auto,
        Data = new JsonObject { ["topic"] = "terugkeer" },
        Fallback = ActionFallback.To(new SubmitAction { Title = "Abonneren", Data = new JsonObject { ["verb"] = "subscribe" } }),
    };

    [Fact]
    public void Serialize_SubmitFallback_WritesFallbackWithItsType()
    {
        JsonAssert.Equivalent(
            """
            {"type":"Action.Execute","verb":"subscribe","title":"Abonneren","style":"default","associatedInputs":"auto",
             "data":{"topic":"terugkeer"},
             "fallback":{"type":"Action.Submit","title":"Abonneren","data":{"verb":"subscribe"}}}
            """,
            CardTestJson.Action(WithSubmitFallback()));
    }

    [Fact]
    public void Serialize_DropFallback_WritesDropString()
    {
        var action = new ExecuteAction("refresh") { Fallback = ActionFallback.Drop };

        JsonAssert.Equivalent("""{"type":"Action.Execute","verb":"refresh","fallback":"drop"}""", CardTestJson.Action(action));
    }

    [Fact]
    public void Validate_SubmitFallbackInCard_PassesSchema()
    {
        var card = new AdaptiveCard { Body = [new TextBlock("Nieuws")], Actions = [WithSubmitFallback()] };

        Assert.Empty(CardSchemaValidator.Validate(card));
    }

    [Fact]
    public void Validate_DropFallbackInCard_PassesSchema()
    {
        var card = new AdaptiveCard { Actions = [new ExecuteAction("refresh") { Fallback = ActionFallback.Drop }] };

        Assert.Empty(CardSchemaValidator.Validate(card));
    }

    [Fact]
    public void To_NullAction_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ActionFallback.To(null!));
    }
}
