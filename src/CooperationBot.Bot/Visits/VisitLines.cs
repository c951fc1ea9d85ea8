using System.Globalization;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Visits;

/// <summary>The texts of a visit summary's lines, shared by the card and the command line.</summary>
public static class VisitLines
{
    /// <summary>"Laftit, Marokkaanse minister van Binnenlandse Zaken".</summary>
    public static string Person(PersonLine person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return $"{person.Name}, {person.Role}";
    }

    /// <summary>"125 Marokkaanse vreemdelingen teruggekeerd".</summary>
    public static string FigureValue(FigureLine figure, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var culture = CultureInfo.GetCultureInfo(language == UserLanguage.English ? "en-GB" : "nl-NL");
        return $"{figure.Value.ToString("#,0.##", culture)} {figure.Unit}";
    }

    /// <summary>"Stand per 21 februari 2023, sinds ..." (English: "As of 21 February 2023, since ...").</summary>
    public static string FigureAsOf(FigureLine figure, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var asOf = (language == UserLanguage.English ? "As of " : "Stand per ") + CardDates.Format(figure.AsOf, language);
        return figure.Period is null ? asOf : $"{asOf}, {figure.Period}";
    }

    /// <summary>"Van der Burg (staatssecretaris ...), 21 februari 2023".</summary>
    public static string QuoteSpeaker(QuoteLine quote, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return $"{quote.Speaker} ({quote.SpeakerRole}), {CardDates.Format(quote.Date, language)}";
    }

    /// <summary>"United Nations High Commissioner for Refugees (UNHCR)".</summary>
    public static string Organisation(OrganisationLine organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return organisation.Abbreviation is null ? organisation.Name : $"{organisation.Name} ({organisation.Abbreviation})";
    }

    /// <summary>"21 februari 2023, Marokko".</summary>
    public static string DateAndPlace(DateOnly date, string place, UserLanguage language) =>
        $"{CardDates.Format(date, language)}, {place}";
}
