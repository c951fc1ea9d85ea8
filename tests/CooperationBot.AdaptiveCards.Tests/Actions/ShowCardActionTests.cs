using CooperationBot.Testing.Json;

namespace CooperationBot.AdaptiveCards.Tests.Actions;

public sealed class ShowCardActionTests
{
    [Fact]
    public void Serialize_NestedCard_WritesWholeCardWithNestedTypes()
    {
        var action = new ShowCardAction(new AdaptiveCard { Body = [new TextInput("reason")] }) { Title = "Waarom?" };

        JsonAssert.Equivalent(
            """
            {"type":"Action.ShowCard","title":"Waarom?","card":{
              "$schema":"http://adaptivecards.io/schemas/adaptive-card.json","type":"AdaptiveCard","version":"1.5",
              "body":[{"type":"Input.Text","id":"reason"}]}}
            """,
            CardTestJson.Action(action));
    }
}
