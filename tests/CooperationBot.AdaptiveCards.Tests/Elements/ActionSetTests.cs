using CooperationBot.Testing.Json;

namespace CooperationBot.AdaptiveCards.Tests.Elements;

public sealed class ActionSetTests
{
    [Fact]
    public void Serialize_MixedActions_WritesEachActionType()
    {
        var set = new ActionSet
        {
            Spacing = Spacing.Large,
            Actions = [new SubmitAction { Title = "Ja" }, new OpenUrlAction(new Uri("https://example.org/")) { Title = "Lees" }],
        };

        JsonAssert.Equivalent(
            """
            {"type":"ActionSet","spacing":"large","actions":[
              {"type":"Action.Submit","title":"Ja"},{"type":"Action.OpenUrl","url":"https://example.org/","title":"Lees"}]}
            """,
            CardTestJson.Element(set));
    }
}
