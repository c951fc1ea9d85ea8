using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// Every card the bot can produce, in each language, with sample content where a card needs input:
/// the tests validate each one against the Adaptive Card 1.5 schema and the official renderer.
/// </summary>
public static class CardCatalog
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        foreach (var language in Enum.GetValues<UserLanguage>())
        {
            var suffix = language == UserLanguage.Dutch ? "nl" : "en";
            yield return ($"welcome.{suffix}", WelcomeCard.Create(language));
            yield return ($"help.{suffix}", HelpCard.Create(language));
            yield return ($"not-understood.{suffix}", NotUnderstoodCard.Create(language));
        }
    }
}
