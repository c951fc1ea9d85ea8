using CooperationBot.Testing.Json;

namespace CooperationBot.AdaptiveCards.Tests.Elements;

public sealed class FactSetTests
{
    [Fact]
    public void Serialize_Facts_WritesTitleValuePairsWithoutType()
    {
        var set = new FactSet { Facts = [new Fact("Datum", "21-02-2023"), new Fact("Bron", "J&V")] };

        JsonAssert.Equivalent(
            """{"type":"FactSet","facts":[{"title":"Datum","value":"21-02-2023"},{"title":"Bron","value":"J&V"}]}""",
            CardTestJson.Element(set));
    }
}
