using CooperationBot.Testing.Json;

namespace CooperationBot.AdaptiveCards.Tests.Inputs;

public sealed class ChoiceSetInputTests
{
    [Fact]
    public void Serialize_Choices_WritesChoicesStyleAndValue()
    {
        var input = new ChoiceSetInput("topic")
        {
            Style = ChoiceInputStyle.Compact,
            IsMultiSelect = false,
            Value = "a",
            Choices = [new Choice("Alfa", "a"), new Choice("Bravo", "b")],
        };

        JsonAssert.Equivalent(
            """
            {"type":"Input.ChoiceSet","id":"topic","style":"compact","isMultiSelect":false,"value":"a",
             "choices":[{"title":"Alfa","value":"a"},{"title":"Bravo","value":"b"}]}
            """,
            CardTestJson.Element(input));
    }
}
