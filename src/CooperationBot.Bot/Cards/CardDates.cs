using System.Globalization;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Cards;

/// <summary>Dates as a reader expects them: "21 februari 2023" in Dutch, "21 February 2023" in English.</summary>
public static class CardDates
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(DateOnly date, UserLanguage language) =>
        date.ToString("d MMMM yyyy", language == UserLanguage.English ? English : Dutch);
}
