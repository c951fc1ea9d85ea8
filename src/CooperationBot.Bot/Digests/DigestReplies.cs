using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Digests;

/// <summary>The digest's short chat answers, in Dutch and English.</summary>
public static class DigestReplies
{
    public static string Usage(UserLanguage language) => Pick(
        language,
        "Dagelijkse samenvatting: 'digest aan 07:30' om u aan te melden, 'digest uit' om af te melden, 'digest status' voor uw instellingen en laatste bezorging, 'digest' voor het instellingenformulier.",
        "Daily digest: 'digest subscribe 07:30' to subscribe, 'digest unsubscribe' to stop, 'digest status' for your settings and last delivery, 'digest' for the settings form.");


    public static string WasNotSubscribed(UserLanguage language) => Pick(
        language,
        "U was niet aangemeld voor de dagelijkse samenvatting.",
        "You were not subscribed to the daily digest.");

    public static string NotSaved(string error, UserLanguage language) => Pick(
        language,
        $"Niet opgeslagen: {error}",
        $"Not saved: {error}");

    public static string NotHere(UserLanguage language) => Pick(
        language,
        "In dit gesprek kan ik geen samenvatting bezorgen.",
        "I cannot deliver a digest in this conversation.");
}
