using CooperationBot.Testing.Json;

namespace CooperationBot.AdaptiveCards.Tests.Elements;

public sealed class TextBlockTests
{
    [Fact]
    public void Serialize_OnlyText_WritesTypeAndTextOnly()
    {
        var json = CardTestJson.Element(new TextBlock("Hallo"));

        JsonAssert.Equivalent("""{"type":"TextBlock","text":"Hallo"}""", json);
    }

    [Fact]
    public void Serialize_AllProperties_WritesSchemaNamesAndCamelCaseValues()
    {
        var block = new TextBlock("Kop")
        {
            Id = "title",
            Size = TextSize.ExtraLarge,
            Weight = TextWeight.Bolder,
            Color = TextColor.Attention,
            IsSubtle = false,
            Wrap = true,
            MaxLines = 3,
            HorizontalAlignment = HorizontalAlignment.Center,
            Spacing = Spacing.ExtraLarge,
            Separator = true,
            IsVisible = false,
            Style = TextBlockStyle.Heading,
        };

        JsonAssert.Equivalent(
            """
            {"type":"TextBlock","text":"Kop","id":"title","size":"extraLarge","weight":"bolder","color":"attention",
             "isSubtle":false,"wrap":true,"maxLines":3,"horizontalAlignment":"center","spacing":"extraLarge",
             "separator":true,"isVisible":false,"style":"heading"}
            """,
            CardTestJson.Element(block));
    }
}
