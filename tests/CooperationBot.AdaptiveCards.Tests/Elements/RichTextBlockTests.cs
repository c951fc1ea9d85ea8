using CooperationBot.Testing.Json;

namespace CooperationBot.AdaptiveCards.Tests.Elements;

public sealed class RichTextBlockTests
{
    [Fact]
    public void Serialize_TextRuns_WritesRunTypesAndSelectAction()
    {
        var block = new RichTextBlock
        {
            HorizontalAlignment = HorizontalAlignment.Left,
            Inlines =
            [
                new TextRun("Zie "),
                new TextRun("bron")
                {
                    Weight = TextWeight.Lighter,
                    Italic = true,
                    Color = TextColor.Accent,
                    IsSubtle = true,
                    Size = TextSize.Small,
                    SelectAction = new OpenUrlAction(new Uri("https://example.org/a")),
                },
            ],
        };

        JsonAssert.Equivalent(
            """
            {"type":"RichTextBlock","horizontalAlignment":"left","inlines":[
              {"type":"TextRun","text":"Zie "},
              {"type":"TextRun","text":"bron","weight":"lighter","italic":true,"color":"accent","isSubtle":true,"size":"small",
               "selectAction":{"type":"Action.OpenUrl","url":"https://example.org/a"}}]}
            """,
            CardTestJson.Element(block));
    }
}
