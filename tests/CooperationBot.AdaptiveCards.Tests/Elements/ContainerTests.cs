using System.Text.Json.Nodes;
using CooperationBot.Testing.Json;

namespace CooperationBot.AdaptiveCards.Tests.Elements;

public sealed class ContainerTests
{
    [Fact]
    public void Serialize_NestedContainers_WritesTypeOnEveryLevel()
    {
        var container = new Container
        {
            Style = ContainerStyle.Warning,
            Bleed = true,
            SelectAction = new SubmitAction { Data = new JsonObject { ["id"] = "1" } },
            Items = [new Container { Items = [new TextBlock("diep")] }],
        };

        JsonAssert.Equivalent(
            """
            {"type":"Container","style":"warning","bleed":true,
             "selectAction":{"type":"Action.Submit","data":{"id":"1"}},
             "items":[{"type":"Container","items":[{"type":"TextBlock","text":"diep"}]}]}
            """,
            CardTestJson.Element(container));
    }

    [Fact]
    public void Serialize_NoItems_WritesEmptyItemsArray()
    {
        JsonAssert.Equivalent("""{"type":"Container","items":[]}""", CardTestJson.Element(new Container()));
    }
}
