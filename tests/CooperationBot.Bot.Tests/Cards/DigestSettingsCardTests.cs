using System.Text.Json.Nodes;
using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Language;
using CooperationBot.Testing.Cards;

namespace CooperationBot.Bot.Tests.Cards;

public class DigestSettingsCardTests
{
    private static readonly DigestPreferences Current =
        new(new TimeOnly(7, 30), DigestDays.EveryDay, "Europe/London", UserLanguage.English, SendWhenUnchanged: false);

    private static T Input<T>(AdaptiveCard card, string id)
        where T : CardInput => card.Body.OfType<T>().Single(i => i.Id == id);

    private static JsonObject Form(string time = "07:30", string days = "weekdays", string zone = "Europe/Amsterdam", string language = "nl", string toggle = "true", string lang = "nl") => new()
    {
        ["verb"] = DigestVerbs.Save,
        ["lang"] = lang,
        [DigestSettingsCard.TimeInputId] = time,
        [DigestSettingsCard.DaysInputId] = days,
        [DigestSettingsCard.TimeZoneInputId] = zone,
        [DigestSettingsCard.LanguageInputId] = language,
        [DigestSettingsCard.WhenUnchangedInputId] = toggle,
    };

    [Fact]
    public void Create_Subscribed_ShowsTheCurrentValuesAndSaveAndUnsubscribe()
    {
        var card = DigestSettingsCard.Create(Current, subscribed: true, isChannel: false, UserLanguage.Dutch);

        Assert.Equal(new TimeOnly(7, 30), Input<TimeInput>(card, "time").Value);
        Assert.Equal("everyday", Input<ChoiceSetInput>(card, "days").Value);
        var zones = Input<ChoiceSetInput>(card, "timeZone");
        Assert.Equal("Europe/London", zones.Value);
        Assert.Equal(["Europe/Amsterdam", "Africa/Casablanca", "Europe/London", "UTC", "America/New_York"], zones.Choices.Select(c => c.Value));
        Assert.Equal("en", Input<ChoiceSetInput>(card, "language").Value);
        var toggle = Input<ToggleInput>(card, "whenUnchanged");
        Assert.Equal("Ook een bericht als er niets veranderd is", toggle.Title);
        Assert.Equal("false", toggle.Value);
        var buttons = card.Actions!.Cast<SubmitAction>().ToList();
        Assert.Equal(["Opslaan", "Afmelden"], buttons.Select(b => b.Title));
        Assert.Equal([DigestVerbs.Save, DigestVerbs.Unsubscribe], buttons.Select(b => (string?)b.Data!["verb"]));
        Assert.Equal(AssociatedInputs.None, buttons[1].AssociatedInputs);
        Assert.Contains("Uw dagelijkse samenvatting", CardText.Of(card));
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Create_ChannelNotSubscribed_SaysItPostsIntoTheChannelAndOffersOnlySave()
    {
        var card = DigestSettingsCard.Create(DigestPreferences.Default(UserLanguage.English), subscribed: false, isChannel: true, UserLanguage.English);

        Assert.Equal("Daily digest in this channel", Assert.IsType<TextBlock>(card.Body[0]).Text);
        Assert.Contains("posted into this channel", CardText.Of(card));
        Assert.Equal("Save", Assert.IsType<SubmitAction>(Assert.Single(card.Actions!)).Title);
        CardSchemaValidator.AssertValid(card);
    }

    [Theory]
    [InlineData("Asia/Tokyo", "Asia/Tokyo", 6)]
    [InlineData("Mars/Olympus_Mons", "Europe/Amsterdam", 5)]
    public void Create_ZoneOutsideTheList_IsKeptOnlyWhenValid(string current, string shown, int choices)
    {
        var card = DigestSettingsCard.Create(Current with { TimeZoneId = current }, subscribed: true, isChannel: false, UserLanguage.Dutch);

        var zones = Input<ChoiceSetInput>(card, "timeZone");
        Assert.Equal(shown, zones.Value);
        Assert.Equal(choices, zones.Choices.Count);
    }

    [Fact]
    public void TryRead_TheCardsOwnValues_GivesTheSettingsBack()
    {
        var card = DigestSettingsCard.Create(Current, subscribed: true, isChannel: false, UserLanguage.Dutch);
        var form = Assert.IsType<SubmitAction>(card.Actions![0]).Data!.DeepClone().AsObject();
        form["time"] = "07:30";
        foreach (var choice in card.Body.OfType<ChoiceSetInput>())
        {
            form[choice.Id!] = choice.Value;
        }

        form["whenUnchanged"] = Input<ToggleInput>(card, "whenUnchanged").Value;

        Assert.True(DigestSettingsCard.TryRead(form, out var read, out var error), error);
        Assert.Equal(Current, read);
    }

    [Theory]
    [InlineData("07:30", "weekdays", "Europe/Amsterdam", "nl", "true", 7, 30, DigestDays.Weekdays, UserLanguage.Dutch, true)]
    [InlineData("23:59", "everyday", "America/New_York", "en", "false", 23, 59, DigestDays.EveryDay, UserLanguage.English, false)]
    [InlineData("0:05", "EveryDay", "UTC", "EN", "True", 0, 5, DigestDays.EveryDay, UserLanguage.English, true)]
    public void TryRead_GoodInput_ReadsThePreferences(
        string time, string days, string zone, string language, string toggle, int hour, int minute, DigestDays expectedDays, UserLanguage expectedLanguage, bool whenUnchanged)
    {
        Assert.True(DigestSettingsCard.TryRead(Form(time, days, zone, language, toggle), out var read, out var error), error);

        Assert.Null(error);
        Assert.Equal(new DigestPreferences(new TimeOnly(hour, minute), expectedDays, zone, expectedLanguage, whenUnchanged), read);
    }

    [Fact]
    public void TryRead_WindowsZoneId_IsStoredAsTheIanaId()
    {
        Assert.True(DigestSettingsCard.TryRead(Form(zone: "W. Europe Standard Time"), out var read, out var error), error);

        Assert.Equal("Europe/Berlin", read!.TimeZoneId);
    }

    [Fact]
    public void TryRead_ToggleAsJsonBoolean_IsRead()
    {
        var form = Form();
        form["whenUnchanged"] = false;

        Assert.True(DigestSettingsCard.TryRead(form, out var read, out _));
        Assert.False(read!.SendWhenUnchanged);
    }

    [Theory]
    [InlineData("25:00", "weekdays", "Europe/Amsterdam", "nl", "true", "De tijd 25:00 bestaat niet")]
    [InlineData("", "weekdays", "Europe/Amsterdam", "nl", "true", "Kies een tijd")]
    [InlineData("7.30", "weekdays", "Europe/Amsterdam", "nl", "true", "'7.30' is geen tijd")]
    [InlineData("07:30", "weekdays", "Europe/Nowhere", "nl", "true", "De tijdzone 'Europe/Nowhere' ken ik niet")]
    [InlineData("07:30", "weekdays", "", "nl", "true", "De tijdzone '' ken ik niet")]
    [InlineData("07:30", "weekends", "Europe/Amsterdam", "nl", "true", "Kies de dagen: werkdagen of elke dag (niet 'weekends')")]
    [InlineData("07:30", "weekdays", "Europe/Amsterdam", "fr", "true", "Kies de taal")]
    [InlineData("07:30", "weekdays", "Europe/Amsterdam", "nl", "misschien", "moet aan of uit staan")]
    public void TryRead_BadInput_FailsWithAMessage(string time, string days, string zone, string language, string toggle, string message)
    {
        Assert.False(DigestSettingsCard.TryRead(Form(time, days, zone, language, toggle), out var read, out var error));

        Assert.Null(read);
        Assert.Contains(message, error);
    }

    [Fact]
    public void TryRead_SeveralBadInputsFromAnEnglishButton_NamesEachInEnglish()
    {
        Assert.False(DigestSettingsCard.TryRead(Form(time: "25:00", zone: "Nowhere", lang: "en"), out _, out var error));

        Assert.Contains("The time 25:00 does not exist", error);
        Assert.Contains("I do not know the time zone 'Nowhere'", error);
    }

    [Fact]
    public void TryRead_MissingToggleOrNoForm_Fails()
    {
        var form = Form();
        form.Remove("whenUnchanged");

        Assert.False(DigestSettingsCard.TryRead(form, out _, out var missing));
        Assert.Contains("moet aan of uit staan", missing);
        Assert.False(DigestSettingsCard.TryRead(null, out _, out var empty));
        Assert.Equal("Het formulier is leeg of onleesbaar.", empty);
        Assert.False(DigestSettingsCard.TryRead(JsonValue.Create("07:30"), out _, out _));
    }

    [Fact]
    public void TryRead_LongBadValue_IsCutInTheMessage()
    {
        Assert.False(DigestSettingsCard.TryRead(Form(zone: new string('z', 500)), out _, out var error));

        Assert.DoesNotContain(new string('z', 41), error);
    }
}
