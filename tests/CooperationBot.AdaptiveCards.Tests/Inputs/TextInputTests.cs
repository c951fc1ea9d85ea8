using CooperationBot.Testing.Json;

namespace CooperationBot.AdaptiveCards.Tests.Inputs;

public sealed class TextInputTests
{
    [Fact]
    public void Serialize_AllProperties_WritesThem()
    {
        var input = new TextInput("question")
        {
            Label = "Vraag",
            Placeholder = "Typ hier",
            IsMultiline = true,
            MaxLength = 500,
            IsRequired = true,
            ErrorMessage = "Verplicht",
            Value = "begin",
            IsVisible = true,
        };

        JsonAssert.Equivalent(
            """
            {"type":"Input.Text","id":"question","label":"Vraag","placeholder":"Typ hier","isMultiline":true,"maxLength":500,
             "isRequired":true,"errorMessage":"Verplicht","value":"begin","isVisible":true}
            """,
            CardTestJson.Element(input));
    }

    [Fact]
    public void Serialize_OnlyId_WritesTypeAndId()
    {
        JsonAssert.Equivalent("""{"type":"Input.Text","id":"q"}""", CardTestJson.Element(new TextInput("q")));
    }
}
