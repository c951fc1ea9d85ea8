using System.Globalization;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Cards;

/// <summary>Numbers as the cards write them: "1.250" and "12,5" in Dutch, "1,250" and "12.5" in English.</summary>
public static class CardNumbers
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(decimal value, UserLanguage language) =>
        value.ToString("#,0.##", language == UserLanguage.English ? English : Dutch);
}
