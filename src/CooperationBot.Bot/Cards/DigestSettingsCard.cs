using System.Text.Json.Nodes;
using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// The digest settings form: time, weekdays or every day, time zone, language and whether to send a message on a day
/// nothing changed; "Opslaan" submits <see cref="DigestVerbs.Save"/>, "Afmelden" (when subscribed)
/// <see cref="DigestVerbs.Unsubscribe"/>. <see cref="TryRead"/> reads a submitted form.
/// </summary>
public static class DigestSettingsCard
{
    /// <summary>The id of the Input.Time (value <c>HH:mm</c>).</summary>
    public const string TimeInputId = "time";

    /// <summary>The id of the days choice (<see cref="WeekdaysValue"/> or <see cref="EveryDayValue"/>).</summary>
    public const string DaysInputId = "days";

    /// <summary>The id of the time zone choice (an IANA id).</summary>
    public const string TimeZoneInputId = "timeZone";

    /// <summary>The id of the language choice (<c>nl</c> or <c>en</c>).</summary>
    public const string LanguageInputId = "language";

    /// <summary>The id of the toggle (<c>true</c> or <c>false</c>): a message also on a day nothing changed.</summary>
    public const string WhenUnchangedInputId = "whenUnchanged";

    public const string WeekdaysValue = "weekdays";
    public const string EveryDayValue = "everyday";

    /// <summary>The time zones offered; the current one is added when it is another valid zone.</summary>
    public static readonly IReadOnlyList<string> TimeZones = ["Europe/Amsterdam", "Africa/Casablanca", "Europe/London", "UTC", "America/New_York"];

    /// <param name="current">The settings to show (the defaults for a new subscriber).</param>
    /// <param name="subscribed">True adds the unsubscribe button.</param>
    /// <param name="isChannel">True when the digest is posted into the conversation's channel.</param>
    /// <param name="language">The card's language.</param>
    public static AdaptiveCard Create(DigestPreferences current, bool subscribed, bool isChannel, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(current);
        var title = isChannel
            ? Pick(language, "Dagelijkse samenvatting in dit kanaal", "Daily digest in this channel")
            : Pick(language, "Uw dagelijkse samenvatting", "Your daily digest");
        var lead = isChannel
            ? Pick(
                language,
                "De samenvatting wordt in dit kanaal geplaatst, voor iedereen in het kanaal: wat er in de kennis nieuw of gewijzigd is sinds de vorige.",
                "The digest is posted into this channel, for everyone in it: what is new or changed in the knowledge since the previous one.")
            : Pick(
                language,
                "U krijgt de samenvatting in uw chat met de bot: wat er in de kennis nieuw of gewijzigd is sinds de vorige.",
                "You get the digest in your chat with the bot: what is new or changed in the knowledge since the previous one.");

        // The lead (where the digest goes and what it holds) is the message text, fallbackText and speak; the card
        // starts with the heading and goes on with the form, so the sentence is not shown twice.
        var body = new List<CardElement>
        {
            Heading(title),
            new TimeInput(TimeInputId)
            {
                Label = Pick(language, "Tijd", "Time"),
                Value = current.Time,
                IsRequired = true,
                ErrorMessage = Pick(language, "Kies een tijd.", "Choose a time."),
            },
            new ChoiceSetInput(DaysInputId)
            {
                Label = Pick(language, "Dagen", "Days"),
                Style = ChoiceInputStyle.Expanded,
                Value = current.Days == DigestDays.EveryDay ? EveryDayValue : WeekdaysValue,
                Choices =
                [
                    new Choice(DigestTexts.Days(DigestDays.Weekdays, language), WeekdaysValue),
                    new Choice(DigestTexts.Days(DigestDays.EveryDay, language), EveryDayValue),
                ],
            },
            new ChoiceSetInput(TimeZoneInputId)
            {
                Label = Pick(language, "Tijdzone", "Time zone"),
                Style = ChoiceInputStyle.Compact,
                Value = ZoneChoices(current.TimeZoneId).Contains(current.TimeZoneId) ? current.TimeZoneId : DigestPreferences.DefaultTimeZoneId,
                Choices = [.. ZoneChoices(current.TimeZoneId).Select(zone => new Choice(zone, zone))],
            },
            new ChoiceSetInput(LanguageInputId)
            {
                Label = Pick(language, "Taal van de samenvatting", "Language of the digest"),
                Style = ChoiceInputStyle.Expanded,
                Value = current.Language.Code(),
                Choices = [new Choice("Nederlands", UserLanguage.Dutch.Code()), new Choice("English", UserLanguage.English.Code())],
            },
            new ToggleInput(WhenUnchangedInputId, Pick(language, "Ook een bericht als er niets veranderd is", "Also a message when nothing has changed"))
            {
                Value = current.SendWhenUnchanged ? "true" : "false",
                ValueOn = "true",
                ValueOff = "false",
            },
        };
        var actions = new List<CardAction> { VerbButton(Pick(language, "Opslaan", "Save"), DigestVerbs.Save, language) };
        if (subscribed)
        {
            var unsubscribe = VerbButton(Pick(language, "Afmelden", "Unsubscribe"), DigestVerbs.Unsubscribe, language);
            unsubscribe.AssociatedInputs = AssociatedInputs.None;
            actions.Add(unsubscribe);
        }

        return Card(language, lead, body, actions);
    }

    /// <summary>
    /// Reads a submitted settings form (the message's <c>value</c>). On bad input returns false with a message for the
    /// user, in the language of the button that submitted it.
    /// </summary>
    public static bool TryRead(JsonNode? value, out DigestPreferences? preferences, out string? error) =>
        DigestSettingsReader.TryRead(value, out preferences, out error);

    private static List<string> ZoneChoices(string current)
    {
        var zones = TimeZones.ToList();
        if (!zones.Contains(current, StringComparer.Ordinal) && TimeZoneInfo.TryFindSystemTimeZoneById(current, out _))
        {
            zones.Add(current);
        }

        return zones;
    }
}
