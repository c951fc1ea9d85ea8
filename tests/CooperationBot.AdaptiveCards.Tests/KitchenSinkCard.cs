using System.Text.Json.Nodes;

namespace CooperationBot.AdaptiveCards.Tests;

/// <summary>A card using every type and most properties of the model.</summary>
internal static class KitchenSinkCard
{
    public static AdaptiveCard Create() => new()
    {
        Lang = "nl",
        FallbackText = "Samenwerking: overzicht",
        Speak = "Overzicht van de samenwerking",
        MinHeight = "100px",
        VerticalContentAlignment = VerticalContentAlignment.Top,
        MsTeams = TeamsCardProperties.FullWidth,
        Refresh = new CardRefresh(new ExecuteAction("refresh") { Data = new JsonObject { ["factId"] = "f-1" } })
        {
            UserIds = ["29:user"],
        },
        Body =
        [
            new TextBlock("Overzicht") { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock("Bijgewerkt: één minuut geleden")
            {
                Id = "updated",
                Color = TextColor.Accent,
                IsSubtle = true,
                MaxLines = 2,
                HorizontalAlignment = HorizontalAlignment.Right,
                Spacing = Spacing.Small,
                Separator = true,
                IsVisible = true,
            },
            new RichTextBlock
            {
                HorizontalAlignment = HorizontalAlignment.Left,
                Inlines =
                [
                    new TextRun("Bron: ") { Weight = TextWeight.Bolder, Size = TextSize.Small },
                    new TextRun("Kamerbrief") { Italic = true, Color = TextColor.Good, IsSubtle = false, SelectAction = new OpenUrlAction(new Uri("https://www.rijksoverheid.nl/")) },
                ],
            },
            new FactSet { Facts = [new Fact("Terugkeer", "125 personen"), new Fact("Periode", "2023")] },
            new Container
            {
                Style = ContainerStyle.Emphasis,
                Bleed = true,
                SelectAction = new SubmitAction { Data = new JsonObject { ["open"] = "details", ["page"] = 2 } },
                Items = [new Image(new Uri("https://adaptivecards.io/content/cats/1.png")) { AltText = "Logo", Size = ImageSize.Small }],
            },
            new ColumnSet
            {
                Style = ContainerStyle.Default,
                Bleed = false,
                Columns =
                [
                    new Column { Width = ColumnWidth.Auto, Items = [new TextBlock("A")] },
                    new Column { Width = ColumnWidth.Stretch, Style = ContainerStyle.Good, VerticalContentAlignment = VerticalContentAlignment.Center, Items = [new TextBlock("B")] },
                    new Column { Width = ColumnWidth.Weighted(2), Spacing = Spacing.Medium, Separator = true, Items = [new TextBlock("C")] },
                    new Column { Id = "d", Width = ColumnWidth.Pixels(80), SelectAction = new ExecuteAction("open"), Items = [new TextBlock("D")] },
                ],
            },
            new TextInput("question") { Label = "Vraag", Placeholder = "Stel een vraag", IsMultiline = true, MaxLength = 500, IsRequired = true, ErrorMessage = "Vul een vraag in", Value = "" },
            new ChoiceSetInput("topic")
            {
                Label = "Onderwerp",
                Style = ChoiceInputStyle.Expanded,
                IsMultiSelect = true,
                Value = "terugkeer",
                Choices = [new Choice("Terugkeer", "terugkeer"), new Choice("Migratie", "migratie")],
            },
            new TimeInput("time") { Label = "Tijd", Value = new TimeOnly(7, 0), Min = new TimeOnly(6, 0), Max = new TimeOnly(22, 30) },
            new ToggleInput("daily", "Dagelijks") { Value = "true", ValueOn = "true", ValueOff = "false" },
            new ActionSet { Actions = [new OpenUrlAction(new Uri("https://example.org/bron")) { Title = "Bron", Tooltip = "Open de bron" }] },
        ],
        Actions =
        [
            new ExecuteAction("subscribe")
            {
                Title = "Abonneren",
                Style = ActionStyle.Positive,
                AssociatedInputs = AssociatedInputs.Auto,
                Data = new JsonObject { ["topic"] = "terugkeer" },
                Fallback = ActionFallback.To(new SubmitAction { Title = "Abonneren", Data = new JsonObject { ["verb"] = "subscribe" } }),
            },
            new SubmitAction { Id = "cancel", Title = "Annuleren", Style = ActionStyle.Destructive, AssociatedInputs = AssociatedInputs.None },
            new ShowCardAction(new AdaptiveCard { Body = [new TextBlock("Meer details")] }) { Title = "Meer" },
            new ToggleVisibilityAction("updated") { Title = "Bijgewerkt tonen of verbergen", TargetElements = { new TargetElement("d") { IsVisible = true } } },
        ],
    };
}
