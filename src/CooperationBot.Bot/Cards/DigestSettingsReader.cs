using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>Reads and checks the values of a submitted <see cref="DigestSettingsCard"/>.</summary>
internal static class DigestSettingsReader
{
    private const int MaxShown = 40;
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm"];

    public static bool TryRead(JsonNode? value, out DigestPreferences? preferences, out string? error)
    {
        preferences = null;
        var ui = LanguageDetector.Detect(null, null, value);
        if (value is not JsonObject form)
        {
            error = Pick(ui, "Het formulier is leeg of onleesbaar.", "The form is empty or cannot be read.");
            return false;
        }

        var errors = new List<string>();
        var time = ReadTime(Text(form, DigestSettingsCard.TimeInputId), ui, errors);
        var days = ReadDays(Text(form, DigestSettingsCard.DaysInputId), ui, errors);
        var zone = ReadZone(Text(form, DigestSettingsCard.TimeZoneInputId), ui, errors);
        var language = ReadLanguage(Text(form, DigestSettingsCard.LanguageInputId), ui, errors);
        var whenUnchanged = ReadToggle(Text(form, DigestSettingsCard.WhenUnchangedInputId), ui, errors);
        if (errors.Count > 0)
        {
            error = string.Join(" ", errors);
            return false;
        }

        error = null;
        preferences = new DigestPreferences(time, days, zone, language, whenUnchanged);
        return true;
    }

    private static string? Text(JsonObject form, string id) => form[id] switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Trim(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>() ? "true" : "false",
        null => null,
        var other => other.ToJsonString(),
    };

    private static TimeOnly ReadTime(string? text, UserLanguage ui, List<string> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(Pick(ui, "Kies een tijd, bijvoorbeeld 07:30.", "Choose a time, for example 07:30."));
        }
        else if (TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        else if (DigestCommand.IsClockShaped(text) && !DigestCommand.TryParseTime(text, out _))
        {
            errors.Add(Pick(
                ui,
                $"De tijd {text} bestaat niet: een dag loopt van 00:00 tot 23:59.",
                $"The time {text} does not exist: a day runs from 00:00 to 23:59."));
        }
        else
        {
            errors.Add(Pick(
                ui,
                $"'{Shown(text)}' is geen tijd: gebruik uu:mm tussen 00:00 en 23:59, bijvoorbeeld 07:30.",
                $"'{Shown(text)}' is not a time: use HH:mm between 00:00 and 23:59, for example 07:30."));
        }

        return default;
    }

    private static DigestDays ReadDays(string? text, UserLanguage ui, List<string> errors)
    {
        if (string.Equals(text, DigestSettingsCard.WeekdaysValue, StringComparison.OrdinalIgnoreCase))
        {
            return DigestDays.Weekdays;
        }

        if (string.Equals(text, DigestSettingsCard.EveryDayValue, StringComparison.OrdinalIgnoreCase))
        {
            return DigestDays.EveryDay;
        }

        errors.Add(Pick(
            ui,
            $"Kies de dagen: werkdagen of elke dag (niet '{Shown(text)}').",
            $"Choose the days: weekdays or every day (not '{Shown(text)}')."));
        return default;
    }

    private static string ReadZone(string? text, UserLanguage ui, List<string> errors)
    {
        if (!string.IsNullOrEmpty(text) && text.Length <= 64 && TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone))
        {
            // A Windows id ("W. Europe Standard Time") is stored as its IANA id, like every other zone.
            return !zone.HasIanaId && TimeZoneInfo.TryConvertWindowsIdToIanaId(text, out var iana) ? iana : text;
        }

        errors.Add(Pick(
            ui,
            $"De tijdzone '{Shown(text)}' ken ik niet: kies er een uit de lijst, bijvoorbeeld {DigestPreferences.DefaultTimeZoneId}.",
            $"I do not know the time zone '{Shown(text)}': choose one from the list, for example {DigestPreferences.DefaultTimeZoneId}."));
        return DigestPreferences.DefaultTimeZoneId;
    }

    private static UserLanguage ReadLanguage(string? text, UserLanguage ui, List<string> errors)
    {
        if (string.Equals(text, "nl", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "en", StringComparison.OrdinalIgnoreCase))
        {
            return text!.Equals("en", StringComparison.OrdinalIgnoreCase) ? UserLanguage.English : UserLanguage.Dutch;
        }

        errors.Add(Pick(
            ui,
            $"Kies de taal: Nederlands (nl) of Engels (en), niet '{Shown(text)}'.",
            $"Choose the language: Dutch (nl) or English (en), not '{Shown(text)}'."));
        return ui;
    }

    private static bool ReadToggle(string? text, UserLanguage ui, List<string> errors)
    {
        if (bool.TryParse(text, out var on))
        {
            return on;
        }

        errors.Add(Pick(
            ui,
            $"'Ook een bericht als er niets veranderd is' moet aan of uit staan (niet '{Shown(text)}').",
            $"'Also a message when nothing has changed' must be on or off (not '{Shown(text)}')."));
        return true;
    }

    private static string Shown(string? text) => text is null ? string.Empty : text.Length <= MaxShown ? text : text[..MaxShown] + "…";
}
