using CooperationBot.Testing.Json;

namespace CooperationBot.AdaptiveCards.Tests.Actions;

public sealed class ToggleVisibilityActionTests
{
    [Fact]
    public void Serialize_ElementIds_WritesTargetElementsThatToggle()
    {
        var action = new ToggleVisibilityAction("related", "related-show") { Title = "Toon alle 17 feiten" };

        JsonAssert.Equivalent(
            """
            {"type":"Action.ToggleVisibility","title":"Toon alle 17 feiten",
             "targetElements":[{"elementId":"related"},{"elementId":"related-show"}]}
            """,
            CardTestJson.Action(action));
    }

    [Fact]
    public void Serialize_TargetWithFixedVisibility_WritesIsVisible()
    {
        var action = new ToggleVisibilityAction
        {
            Id = "close",
            Tooltip = "Verberg de feiten",
            TargetElements = [new TargetElement("related") { IsVisible = false }, new TargetElement("related-show") { IsVisible = true }],
        };

        JsonAssert.Equivalent(
            """
            {"type":"Action.ToggleVisibility","id":"close","tooltip":"Verberg de feiten",
             "targetElements":[{"elementId":"related","isVisible":false},{"elementId":"related-show","isVisible":true}]}
            """,
            CardTestJson.Action(action));
    }

    [Fact]
    public void Serialize_InAnActionSetNextToAHiddenContainer_WritesBothWithTheirIds()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new ActionSet { Id = "more-show", Actions = [new ToggleVisibilityAction("more", "more-show") { Title = "Meer" }] },
                new Container { Id = "more", IsVisible = false, Items = [new TextBlock("Verborgen")] },
            ],
        };

        JsonAssert.Equivalent(
            """
            {"$schema":"http://adaptivecards.io/schemas/adaptive-card.json","type":"AdaptiveCard","version":"1.5","body":[
              {"type":"ActionSet","id":"more-show","actions":[
                {"type":"Action.ToggleVisibility","title":"Meer","targetElements":[{"elementId":"more"},{"elementId":"more-show"}]}]},
              {"type":"Container","id":"more","isVisible":false,"items":[{"type":"TextBlock","text":"Verborgen"}]}]}
            """,
            card.ToJson());
    }
}
