using System.Text.Json.Nodes;
using CooperationBot.Testing.Json;

namespace CooperationBot.AdaptiveCards.Tests.Actions;

public sealed class SubmitActionTests
{
    [Fact]
    public void Serialize_CommonAndOwnProperties_WritesThem()
    {
        var action = new SubmitAction
        {
            Id = "send",
            Title = "Verstuur",
            Style = ActionStyle.Positive,
            Tooltip = "Verstuur het formulier",
            AssociatedInputs = AssociatedInputs.None,
            Data = new JsonObject { ["Verb"] = "ask", ["page"] = 2, ["msteams"] = new JsonObject { ["type"] = "messageBack" } },
        };

        JsonAssert.Equivalent(
            """
            {"type":"Action.Submit","id":"send","title":"Verstuur","style":"positive","tooltip":"Verstuur het formulier",
             "associatedInputs":"none","data":{"Verb":"ask","page":2,"msteams":{"type":"messageBack"}}}
            """,
            CardTestJson.Action(action));
    }

    [Fact]
    public void Serialize_Nothing_WritesTypeOnly()
    {
        JsonAssert.Equivalent("""{"type":"Action.Submit"}""", CardTestJson.Action(new SubmitAction()));
    }
}
