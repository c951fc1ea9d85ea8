using CooperationBot.Bot.Phrasing;

namespace CooperationBot.Bot.Tests.Phrasing;

/// <summary>Items built from knowledge/knowledge.yaml facts, in Dutch and English, as the model would receive them.</summary>
internal static class GuardItems
{
    private const string Source = "Ministerie van Justitie en Veiligheid, nieuwsbericht 21 februari 2023";

    private const string SourceEn = "Ministry of Justice and Security, news item of 21 February 2023";

    public static readonly PhrasingItem Bezoek = new(
        "bezoek-kennismaking",
        "Staatssecretaris Van der Burg bracht op 21 februari 2023 een kennismakingsbezoek in Marokko aan de Marokkaanse minister Laftit van Binnenlandse Zaken.",
        Source,
        "2023-02-21");

    public static readonly PhrasingItem Terugkeer = new(
        "terugkeer-125",
        "Sinds de samenwerking aan het actieplan keerden 125 Marokkaanse vreemdelingen terug.",
        Source,
        null);

    public static readonly PhrasingItem RaadVanState = new(
        "raad-van-state-uitspraak",
        "Op 15 november 2022 oordeelde de Raad van State dat er weer zicht op uitzetting is van afgewezen Marokkaanse asielzoekers, waardoor ze in bewaring kunnen worden gesteld.",
        Source,
        "2022-11-15");

    public static readonly PhrasingItem Stijging = new(
        "stijging-terugkeercijfers",
        "Vanaf eind 2022 is een stijging in de terugkeercijfers te zien.",
        Source,
        null);

    public static readonly PhrasingItem VierGebieden = new(
        "actieplan-vier-gebieden",
        "Beide landen werken samen in het voorkomen van irreguliere migratie, het versterken van de bescherming en aanpak van mensenhandel en mensensmokkel, het verbeteren van terugkeersamenwerking en het bevorderen van legale migratie.",
        Source,
        null);

    public static readonly PhrasingItem Citaat = new(
        "citaat-van-der-burg-relatie",
        "De relatie met Marokko is heel belangrijk voor Nederland. Mijn persoonlijke ontmoeting vandaag in Marokko met minister Laftit is weer een belangrijke stap in onze sterke relatie.",
        Source,
        "2023-02-21");

    public static readonly PhrasingItem VisitEn = new(
        "bezoek-kennismaking",
        "On 21 February 2023, State Secretary Van der Burg paid an introductory visit in Morocco to the Moroccan Minister of the Interior, Laftit.",
        SourceEn,
        "2023-02-21");

    public static readonly PhrasingItem ReturnEn = new(
        "terugkeer-125",
        "Since cooperation under the action plan began, 125 Moroccan nationals have returned.",
        SourceEn,
        null);

    public static readonly PhrasingItem OrganisationsEn = new(
        "bezochte-organisaties",
        "During his visit to Morocco, State Secretary Van der Burg also visited the International Organization for Migration (IOM), the United Nations High Commissioner for Refugees (UNHCR, written UNCHR in the source) and the International Labour Organization (ILO).",
        SourceEn,
        null);

    public static readonly PhrasingItem PcrEn = new(
        "pcr-eis-vervallen",
        "From the end of 2022, the laissez-passers can be used more and more effectively in the Netherlands, because the requirement of a PCR test has been dropped.",
        SourceEn,
        null);

    public static IReadOnlyList<PhrasingItem> Dutch { get; } = [Bezoek, Terugkeer, RaadVanState, Stijging, VierGebieden, Citaat];

    public static IReadOnlyList<PhrasingItem> English { get; } = [VisitEn, ReturnEn, OrganisationsEn, PcrEn];
}
