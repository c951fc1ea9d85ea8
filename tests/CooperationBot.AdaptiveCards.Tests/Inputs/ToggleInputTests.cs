using CooperationBot.Testing.Json;

namespace CooperationBot.AdaptiveCards.Tests.Inputs;

public sealed class ToggleInputTests
{
    [Fact]
    public void Serialize_Values_WritesTitleAndValues()
    {
        var input = new ToggleInput("daily", "Dagelijks") { Value = "ja", ValueOn = "ja", ValueOff = "nee", Label = "Samenvatting" };

        JsonAssert.Equivalent(
            """{"type":"Input.Toggle","id":"daily","title":"Dagelijks","value":"ja","valueOn":"ja","valueOff":"nee","label":"Samenvatting"}""",
            CardTestJson.Element(input));
    }
}
