using CooperationBot.Testing.Json;

namespace CooperationBot.AdaptiveCards.Tests.Actions;

public sealed class OpenUrlActionTests
{
    [Fact]
    public void Serialize_UrlWithQuery_WritesUrlAsGiven()
    {
        var action = new OpenUrlAction(new Uri("https://example.org/zoek?q=terugkeer&p=1")) { Title = "Open", Tooltip = "Open de pagina" };

        JsonAssert.Equivalent(
            """{"type":"Action.OpenUrl","url":"https://example.org/zoek?q=terugkeer&p=1","title":"Open","tooltip":"Open de pagina"}""",
            CardTestJson.Action(action));
    }
}
