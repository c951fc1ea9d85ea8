using System.Collections.Frozen;

namespace CooperationBot.Bot.Answering.Checking;

/// <summary>
/// Words that narrow no question down although the stop lists of the analyzers lack them: common verbs of going,
/// doing, helping and happening, adverbs of degree and direction, and nouns that only name what is asked for ("doel",
/// "purpose", "title"). A question word the knowledge has nowhere is an <see cref="ConstraintKind.Unheard"/>
/// constraint unless it is one of these: "Hoe loopt de terugkeer?" asks about return, not about walking. Language
/// knowledge like the function words, in Dutch and English as <see cref="Language.TextWords"/> gives them.
/// </summary>
internal static class LightWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(StringComparer.Ordinal,
        // Dutch verbs, in their common forms
        "gaan", "gegaan", "gaat", "ging", "gingen", "komen", "komt", "kwam", "kwamen", "gekomen", "doen", "doet", "deed",
        "deden", "maken", "maakt", "maakte", "maakten", "gemaakt", "houden", "houdt", "hield", "hielden", "gehouden",
        "pakken", "pakt", "pakte", "aanpakken", "lopen", "loopt", "liep", "liepen", "gelopen", "helpen", "helpt", "hielp",
        "hielpen", "geholpen", "willen", "wil", "wilt", "wilde", "wilden", "zitten", "zit", "zat", "zaten", "staan", "staat",
        "stond", "stonden", "liggen", "ligt", "lag", "lagen", "krijgen", "krijgt", "kreeg", "kregen", "gekregen", "geven",
        "geeft", "gaf", "gaven", "gegeven", "nemen", "neemt", "nam", "namen", "genomen", "zien", "ziet", "zag", "zagen",
        "gezien", "brengen", "brengt", "bracht", "brachten", "gebracht", "keren", "keert", "keerde", "keerden", "gebeuren",
        "gebeurt", "gebeurde", "gebeurden", "gebeurd", "betekenen", "betekent", "betekende", "bedoeld", "bedoelt",
        "bedoelen", "noemen", "noemt", "noemde", "genoemd", "vinden", "vindt", "gevonden", "weten", "weet", "wist",
        "geweest", "heet", "heten", "zou", "zouden", "verlopen", "verloopt", "verliep", "lukt", "lukte", "gelukt",
        "regelen", "regelt", "geregeld", "zorgen", "zorgt", "zorgde", "gezorgd", "zie", "zag",
        // Dutch adverbs and particles
        "beter", "slechter", "meer", "minder", "omhoog", "omlaag", "via", "langs", "rond", "rondom", "vanuit", "mee",
        "nog", "al", "ook", "dan", "echt", "eens", "nou", "toen", "daar", "hier", "ongeveer", "zoal", "allemaal",
        "per", "daarna", "daarvoor", "uiteindelijk", "inmiddels", "tot", "zelf", "elkaar", "iemand", "iets", "wat", "samen",
        "tijdens", "terwijl",
        // Words of time that the question's reading takes up itself: how things stand now, the end or start of a year
        "nu", "momenteel", "huidig", "huidige", "actueel", "actuele", "tegenwoordig", "thans", "heden", "eind", "einde",
        "begin", "ultimo", "primo", "now", "currently", "current", "present", "presently", "nowadays", "end", "beginning",
        // Dutch nouns that only name what is asked for
        "doel", "doelen", "positie", "soort", "manier", "vorm", "stand", "zaken",
        "informatie", "info", "nieuws", "situatie",
        // English verbs, in their common forms
        "go", "goes", "went", "gone", "going", "come", "comes", "came", "coming", "done", "doing", "make", "makes",
        "made", "making", "put", "puts", "need", "needs", "needed", "help", "helps", "helped", "helping", "happen",
        "happens", "happened", "happening", "pass", "passes", "passed", "take", "takes", "took", "taken", "give",
        "gives", "gave", "given", "keep", "keeps", "kept", "want", "wants", "wanted", "see", "sees", "saw", "seen",
        "look", "looks", "looked", "mean", "means", "meant", "call", "called", "handle", "handled", "dealt",
        "work", "works", "worked", "working", "use", "used", "able", "get", "gets", "getting", "become", "became",
        "provide", "provides", "provided", "providing",
        // English adverbs and particles
        "than", "through", "after", "more", "less", "better", "worse", "up", "down", "back", "home", "via", "along",
        "around", "together", "each", "other", "really", "actually", "exactly", "currently", "already", "yet", "ever",
        "far", "well", "much", "there", "here", "then", "one", "anything", "something", "someone", "anyone", "while",
        "during",
        // What the asker is writing, named for context ("Voor de nieuwsbrief: ...", "a quote I can use in the newsletter")
        "nieuwsbrief", "newsletter", "kamerbrief", "kamervragen", "briefing", "notitie", "memo", "nota", "presentatie",
        "presentation", "speech", "toespraak", "draft", "concept",
        // English nouns that only name what is asked for
        "charge", "purpose", "aim", "goal", "goals", "title", "position",
        "kind", "sort", "way", "state", "status", "situation", "news", "information");

    public static bool Contains(string key) => Words.Contains(key);
}
