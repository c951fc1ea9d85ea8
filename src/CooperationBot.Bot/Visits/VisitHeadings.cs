using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Visits;

/// <summary>
/// The section headings of a visit summary in Dutch and English, shared by the card, the command line and the
/// briefing note so that they show the same sections under the same names.
/// </summary>
public static class VisitHeadings
{
    public static string Date(UserLanguage language) => Pick(language, "Datum", "Date");

    public static string Place(UserLanguage language) => Pick(language, "Plaats", "Place");

    public static string Purpose(UserLanguage language) => Pick(language, "Doel", "Purpose");

    public static string Delegation(UserLanguage language) => Pick(language, "Delegatie", "Delegation");

    public static string Counterparts(UserLanguage language) => Pick(language, "Gesprekspartners", "Counterparts");

    public static string Topics(UserLanguage language) => Pick(language, "Onderwerpen", "Topics");

    public static string Discussed(UserLanguage language) => Pick(language, "Besproken", "Discussed");

    public static string Outcomes(UserLanguage language) => Pick(language, "Resultaten en afspraken", "Outcomes and agreements");

    public static string Figures(UserLanguage language) => Pick(language, "Kerncijfers", "Key figures");

    public static string Quotes(UserLanguage language) => Pick(language, "Citaten", "Quotes");

    public static string OrganisationsVisited(UserLanguage language) => Pick(language, "Bezochte organisaties", "Organisations visited");

    public static string RelatedFacts(UserLanguage language) => Pick(language, "Gerelateerde feiten", "Related facts");

    public static string Sources(UserLanguage language) => Pick(language, "Bronnen", "Sources");

    /// <summary>The note that marks English text as a translation of the Dutch source.</summary>
    public static string TranslationNote => "English translation of the Dutch source text.";

    private static string Pick(UserLanguage language, string dutch, string english) =>
        language == UserLanguage.English ? english : dutch;
}
