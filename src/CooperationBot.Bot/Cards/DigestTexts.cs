using System.Globalization;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>Texts the digest cards share: the title, the schedule in words, local times, a knowledge text in the card's language.</summary>
internal static class DigestTexts
{
    public static string Title(UserLanguage language) => Pick(language, "Dagelijkse samenvatting", "Daily digest");

    /// <summary>"21 februari 2023 · kennisversie 1a2b3c".</summary>
    public static string DateAndVersion(DateOnly date, string knowledgeVersion, UserLanguage language) =>
        $"{CardDates.Format(date, language)} · {Pick(language, "kennisversie", "knowledge version")} {knowledgeVersion}";

    public static string Days(DigestDays days, UserLanguage language) => days == DigestDays.EveryDay
        ? Pick(language, "Elke dag", "Every day")
        : Pick(language, "Werkdagen (maandag tot en met vrijdag)", "Weekdays (Monday to Friday)");

    /// <summary>"elke werkdag om 07:00 (Europe/Amsterdam)".</summary>
    public static string Schedule(DigestPreferences preferences, UserLanguage language)
    {
        var days = preferences.Days == DigestDays.EveryDay ? Pick(language, "elke dag", "every day") : Pick(language, "elke werkdag", "every weekday");
        return $"{days} {Pick(language, "om", "at")} {Time(preferences.Time)} ({preferences.TimeZoneId})";
    }

    /// <summary>"U krijgt de samenvatting elke werkdag om 07:00 (Europe/Amsterdam)." (or "in dit kanaal").</summary>
    public static string Subscribed(DigestPreferences preferences, bool isChannel, UserLanguage language)
    {
        var schedule = Schedule(preferences, language);
        return isChannel
            ? Pick(language, $"De samenvatting komt in dit kanaal, {schedule}.", $"The digest is posted into this channel {schedule}.")
            : Pick(language, $"U krijgt de samenvatting {schedule}.", $"You get the digest {schedule}.");
    }

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string LanguageName(UserLanguage digestLanguage, UserLanguage language) => digestLanguage == UserLanguage.English
        ? Pick(language, "Engels", "English")
        : Pick(language, "Nederlands", "Dutch");

    public static string YesNo(bool value, UserLanguage language) => value ? Pick(language, "Ja", "Yes") : Pick(language, "Nee", "No");

    /// <summary>"22 februari 2023 07:00" in <paramref name="timeZoneId"/>, or in UTC (saying so) when the zone is unknown.</summary>
    public static string LocalTime(DateTimeOffset at, string timeZoneId, UserLanguage language)
    {
        var known = TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone);
        var local = known ? TimeZoneInfo.ConvertTime(at, zone!) : at.ToUniversalTime();
        var text = $"{CardDates.Format(DateOnly.FromDateTime(local.DateTime), language)} {Time(TimeOnly.FromDateTime(local.DateTime))}";
        return known ? text : text + " (UTC)";
    }

    /// <summary>The text in the card's language: the English translation when there is one, else the Dutch text.</summary>
    public static string In(LocalizedText text, UserLanguage language) =>
        language == UserLanguage.English && text.En is not null ? text.En : text.Nl;

    /// <summary>True when an English card has to show <paramref name="text"/> in Dutch (no translation curated).</summary>
    public static bool Untranslated(LocalizedText text, UserLanguage language) => language == UserLanguage.English && text.En is null;

    /// <summary>The button that opens the settings form.</summary>
    public static AdaptiveCards.SubmitAction SettingsButton(UserLanguage language) =>
        VerbButton(Pick(language, "Instellingen", "Settings"), DigestVerbs.Settings, language);
}
