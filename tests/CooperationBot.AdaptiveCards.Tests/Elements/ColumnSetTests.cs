using CooperationBot.Testing.Json;

namespace CooperationBot.AdaptiveCards.Tests.Elements;

public sealed class ColumnSetTests
{
    [Fact]
    public void Serialize_EveryKindOfWidth_WritesKeywordsNumbersAndPixels()
    {
        var set = new ColumnSet
        {
            Style = ContainerStyle.Accent,
            Bleed = true,
            Columns =
            [
                new Column { Width = ColumnWidth.Auto },
                new Column { Width = ColumnWidth.Stretch, Items = [new TextBlock("b")] },
                new Column { Width = ColumnWidth.Weighted(3), Style = ContainerStyle.Emphasis, VerticalContentAlignment = VerticalContentAlignment.Bottom },
                new Column { Id = "px", Width = ColumnWidth.Pixels(80), Spacing = Spacing.None, Separator = true, SelectAction = new ExecuteAction("open") },
                new Column(),
            ],
        };

        JsonAssert.Equivalent(
            """
            {"type":"ColumnSet","style":"accent","bleed":true,"columns":[
              {"type":"Column","width":"auto","items":[]},
              {"type":"Column","width":"stretch","items":[{"type":"TextBlock","text":"b"}]},
              {"type":"Column","width":3,"style":"emphasis","verticalContentAlignment":"bottom","items":[]},
              {"type":"Column","id":"px","width":"80px","spacing":"none","separator":true,
               "selectAction":{"type":"Action.Execute","verb":"open"},"items":[]},
              {"type":"Column","items":[]}]}
            """,
            CardTestJson.Element(set));
    }
}
