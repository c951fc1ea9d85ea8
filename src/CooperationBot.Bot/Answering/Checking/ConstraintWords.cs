using System.Collections.Frozen;
using CooperationBot.Bot.Answering.Indexing;

namespace CooperationBot.Bot.Answering.Checking;

/// <summary>
/// The words that narrow a question down, by kind, in Dutch and English as <see cref="Language.TextWords"/> gives
/// them (lower case, no diacritics). Language knowledge like the function words, not knowledge of the domain: which
/// of them the knowledge covers is decided per item. A word of at least five letters one or two edits from an entry
/// (a typo) counts as that entry.
/// </summary>
internal static class ConstraintWords
{
    private const int MinTypoLength = 6;
    private const int TwoTyposLength = 9;

    private static readonly FrozenDictionary<string, ConstraintKind> Kinds = Build();

    private static readonly NearTerms Near = new(Kinds.Keys);

    /// <summary>Country and nationality words by country code; two-word names are joined with a space.</summary>
    private static readonly FrozenDictionary<string, string> CountryWords = Countries();

    private static readonly NearTerms NearCountries = new(CountryWords.Keys.Where(k => !k.Contains(' ', StringComparison.Ordinal)));

    /// <summary>Verbs of saying: a question with one asks for somebody's words.</summary>
    public static readonly FrozenSet<string> SayVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "zei", "zeiden", "zegt", "zeggen", "gezegd", "vindt", "vond", "vonden", "vinden", "denkt", "dacht", "citaat",
        "citeerde", "verklaarde", "benadrukte", "said", "say", "says", "saying", "think", "thinks", "thought", "stated",
        "stressed", "quote", "quoted", "reactie", "reageerde", "reaction", "reacted", "mening", "opinion", "standpunt",
        "visie", "view", "views");

    private static readonly string[] DutchMonths =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly string[] EnglishMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The names and short forms of each month (index 0 is January), Dutch and English.</summary>
    public static IReadOnlyList<string> MonthWords(int month) =>
        [DutchMonths[month - 1], EnglishMonths[month - 1], DutchMonths[month - 1][..3], EnglishMonths[month - 1][..3], .. month switch
        {
            3 => new[] { "mrt" },
            9 => ["sept"],
            _ => [],
        }];

    /// <summary>The month (1 to 12) of a month's name or short form, or 0.</summary>
    public static int MonthOf(string word)
    {
        for (var month = 1; month <= 12; month++)
        {
            if (MonthWords(month).Contains(word, StringComparer.Ordinal))
            {
                return month;
            }
        }

        return 0;
    }

    /// <summary>The kind of a word, or null when it narrows nothing down.</summary>
    public static ConstraintKind? KindOf(string word) => Kinds.TryGetValue(word, out var kind) ? kind : null;

    /// <summary>The kind of a word or of the entry it is a typo of (a word the knowledge does not have), or null.</summary>
    public static ConstraintKind? KindOfTypo(string word)
    {
        if (Kinds.TryGetValue(word, out var kind))
        {
            return kind;
        }

        if (word.Length < MinTypoLength || word.Any(char.IsAsciiDigit))
        {
            return null;
        }

        var near = Near.Find(word, word.Length >= TwoTyposLength ? 2 : 1);
        return near.Count > 0 ? Kinds[near[0]] : null;
    }

    /// <summary>The country code of a country or nationality word, or null.</summary>
    public static string? CountryOf(string word) => CountryWords.GetValueOrDefault(word);

    /// <summary>The country code of a country or nationality word or of one it is a typo of, or null.</summary>
    public static string? CountryOfTypo(string word)
    {
        if (CountryWords.TryGetValue(word, out var code))
        {
            return code;
        }

        if (word.Length < MinTypoLength + 1)
        {
            return null;
        }

        var near = NearCountries.Find(word, word.Length >= TwoTyposLength ? 2 : 1);
        return near.Count > 0 ? CountryWords[near[0]] : null;
    }


    private static FrozenDictionary<string, ConstraintKind> Build()
    {
        var kinds = new Dictionary<string, ConstraintKind>(StringComparer.Ordinal);
        Add(kinds, ConstraintKind.Subgroup,
            "vrouwen", "vrouw", "vrouwelijke", "mannen", "mannelijke", "kinderen", "minderjarigen", "minderjarige",
            "amv", "amvs", "alleenstaande", "gezinnen", "gezin", "families", "familie", "jongeren", "jongens", "meisjes",
            "ouderen", "babys", "asielzoekers", "asielzoeker", "vluchtelingen", "vluchteling", "statushouders", "studenten",
            "arbeidsmigranten", "arbeidsmigrant", "werknemers", "seizoenarbeiders", "overlastgevers", "criminelen",
            "gedetineerden", "veiligelanders", "uitgeprocedeerden", "illegalen", "ongedocumenteerden",
            "women", "woman", "female", "females", "men", "male", "males", "children", "child", "kids", "minors", "minor",
            "unaccompanied", "family", "youths", "youth", "girls", "boys", "elderly", "asylum", "refugees", "refugee",
            "students", "workers", "seasonal", "criminals", "offenders", "prisoners", "detainees", "undocumented", "vrijwillig", "vrijwillige", "gedwongen",
            "voluntary", "voluntarily", "forced", "forcibly", "afgewezen", "rejected", "uitgeprocedeerde", "dublinclaimanten",
            "overlastgevende");
        Add(kinds, ConstraintKind.Office,
            "minister", "ministers", "staatssecretaris", "staatssecretarissen", "premier", "president", "koning",
            "koningin", "ambassadeur", "consul", "burgemeester", "commissaris", "eurocommissaris", "woordvoerder",
            "directeur", "kamerlid", "kamerleden", "ambtenaar", "ambtenaren", "diplomaat", "diplomaten", "gezant",
            "buitenlandse", "binnenlandse", "justitie", "defensie", "financien", "onderwijs", "volksgezondheid",
            "landbouw", "king", "queen", "ambassador", "mayor", "commissioner", "spokesperson", "spokesman", "director",
            "secretary", "prime", "diplomat", "diplomats", "envoy", "mp", "mps", "foreign",
            "interior", "justice", "defence", "defense", "finance", "health", "education", "agriculture");
        Add(kinds, ConstraintKind.Organisation,
            "ministerie", "ministry", "departement", "ambassade", "embassy", "consulaat", "consulate", "politie", "police",
            "marechaussee", "kmar", "ind", "coa", "dtv", "frontex", "europol", "interpol", "navo", "nato", "eu", "unie",
            "commissie", "commission", "parlement", "parliament", "rechtbank", "gemeente", "municipality",
            "vluchtelingenwerk", "ngo", "ngos", "unicef", "unhcr", "unchr", "iom", "ilo", "vn", "un", "kantoor", "kantoren",
            "hoofdkantoor", "vestiging", "office", "offices", "headquarters", "gebouw", "building");
        Add(kinds, ConstraintKind.Event,
            "ingevoerd", "invoeren", "invoering", "ingesteld", "instellen", "afgeschaft", "afschaffen", "afschaffing",
            "opgeheven", "opheffen", "geschrapt", "vervallen", "verviel", "begonnen", "begon", "beginnen", "gestart",
            "startte", "starten", "gestopt", "stopte", "beeindigd", "geeindigd", "ondertekend", "getekend", "tekende",
            "ondertekende", "aangenomen", "goedgekeurd", "verlengd", "opgericht", "benoemd", "aangesteld", "aangetreden",
            "afgetreden", "ontslagen", "gekozen", "verkozen", "opgeschort", "hervat", "introduced", "introduce",
            "introduction", "abolished", "abolish", "scrapped", "dropped", "lifted", "began", "begun", "started", "start",
            "launched", "stopped", "signed", "sign", "adopted", "approved", "extended", "founded", "established",
            "appointed", "elected", "resigned", "suspended", "resumed", "aangekondigd", "aankondiging", "announced",
            "gepubliceerd", "published", "gepresenteerd", "presented", "ingediend", "weigeren", "geweigerd", "weigerde",
            "refuse", "refused", "refusal", "afspraken", "afspraak", "akkoord", "overeenkomst", "overeenkomsten",
            "agreement", "agreements", "deal", "resultaten", "resultaat", "uitkomst", "uitkomsten", "outcome", "outcomes",
            "results", "follow", "vertrok", "vertrokken", "departed", "left",
            "arrived", "aangekomen", "landde", "dalen", "daalden", "gedaald", "daling", "afname", "afgenomen", "fall",
            "fell", "fallen", "falling", "decrease", "decreased", "decline", "declined", "gesloten", "concluded", "closed");
        Add(kinds, ConstraintKind.Future,
            "toekomst", "toekomstige", "gepland", "plannen", "binnenkort", "vervolg", "vervolgbezoek", "tegenbezoek",
            "verwacht", "verwachten", "verwachting", "prognose", "voortaan", "zal", "zullen", "volgende", "volgend",
            "future", "upcoming", "planned", "plans", "planning", "soon", "expected", "expect", "expects", "expectation",
            "forecast", "will", "shall", "next");
        Add(kinds, ConstraintKind.Detail,
            "voornaam", "achternaam", "leeftijd", "geboren", "geboortedatum", "geboorteplaats", "woont", "wonen",
            "woonplaats", "woonachtig", "adres", "partij", "getrouwd", "echtgenote", "echtgenoot", "salaris", "inkomen",
            "telefoonnummer", "email", "opleiding", "gestudeerd", "studeerde", "religie", "hobby", "firstname",
            "surname", "lastname", "age", "born", "birthday", "birthplace", "lives", "live", "living", "address", "party",
            "married", "wife", "husband", "salary", "income", "phone", "studied", "religion", "hobbies", "politiek", "politieke",
            "carriere", "loopbaan", "achtergrond", "vroeger", "beroep", "politics", "political", "career", "background",
            "previously", "profession", "biography", "biografie");
        Add(kinds, ConstraintKind.Period,
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december", "january", "february", "march", "june", "july", "august", "october", "jan", "feb",
            "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dec",
            "kwartaal", "zomer", "winter", "voorjaar", "najaar", "herfst", "lente", "quarter", "summer", "autumn",
            "spring", "jaarlijks", "maandelijks", "wekelijks", "annually", "yearly", "monthly", "weekly", "helft", "half");
        return kinds.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, ConstraintKind> kinds, ConstraintKind kind, params string[] words)
    {
        foreach (var word in words)
        {
            kinds.TryAdd(word, kind);
        }
    }

    private static FrozenDictionary<string, string> Countries()
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        void Country(string code, params string[] names)
        {
            foreach (var name in names)
            {
                words.TryAdd(name, code);
            }
        }

        Country("nl", "nederland", "nederlands", "nederlandse", "nederlander", "nederlanders", "netherlands", "dutch", "holland", "hollandse");
        Country("ma", "marokko", "marokkaans", "marokkaanse", "marokkaan", "marokkanen", "morocco", "moroccan", "moroccans");
        Country("be", "belgie", "belgisch", "belgische", "belg", "belgen", "belgium", "belgian", "belgians");
        Country("de", "duitsland", "duits", "duitse", "duitser", "duitsers", "germany", "german", "germans");
        Country("fr", "frankrijk", "frans", "franse", "fransen", "fransman", "france", "french");
        Country("es", "spanje", "spaans", "spaanse", "spanjaard", "spanjaarden", "spain", "spanish", "spaniard", "spaniards");
        Country("it", "italie", "italiaans", "italiaanse", "italiaan", "italianen", "italy", "italian", "italians");
        Country("pt", "portugal", "portugees", "portugese", "portuguese");
        Country("dz", "algerije", "algerijns", "algerijnse", "algerijn", "algerijnen", "algeria", "algerian", "algerians");
        Country("tn", "tunesie", "tunesisch", "tunesische", "tunesier", "tunesiers", "tunisia", "tunisian", "tunisians");
        Country("ly", "libie", "libisch", "libische", "libier", "libiers", "libya", "libyan", "libyans");
        Country("eg", "egypte", "egyptisch", "egyptische", "egyptenaar", "egyptenaren", "egypt", "egyptian", "egyptians");
        Country("mr", "mauritanie", "mauritaans", "mauritaanse", "mauritania", "mauritanian");
        Country("sn", "senegal", "senegalees", "senegalese");
        Country("ml", "mali", "malinees", "malinese", "malian");
        Country("ng", "nigeria", "nigeriaans", "nigeriaanse", "nigerian", "nigerians");
        Country("tr", "turkije", "turks", "turkse", "turk", "turken", "turkey", "turkish");
        Country("sy", "syrie", "syrisch", "syrische", "syrier", "syriers", "syria", "syrian", "syrians");
        Country("af", "afghanistan", "afghaans", "afghaanse", "afghanen", "afghan", "afghans");
        Country("er", "eritrea", "eritrees", "eritrese", "eritreeers", "eritrean", "eritreans");
        Country("et", "ethiopie", "ethiopisch", "ethiopische", "ethiopia", "ethiopian");
        Country("sd", "soedan", "soedanees", "soedanese", "sudan", "sudanese");
        Country("so", "somalie", "somalisch", "somalische", "somaliers", "somalia", "somali", "somalian");
        Country("iq", "irak", "iraaks", "iraakse", "irakezen", "iraq", "iraqi", "iraqis");
        Country("ir", "iran", "iraans", "iraanse", "iraniers", "iranian", "iranians");
        Country("ye", "jemen", "jemenitisch", "yemen", "yemeni");
        Country("ua", "oekraine", "oekraiens", "oekraiense", "oekrainers", "ukraine", "ukrainian", "ukrainians");
        Country("ru", "rusland", "russisch", "russische", "russen", "russia", "russian", "russians");
        Country("gr", "griekenland", "grieks", "griekse", "grieken", "greece", "greek", "greeks");
        Country("pl", "polen", "pools", "poolse", "poland", "polish");
        Country("gb", "engeland", "brits", "britse", "britten", "brittannie", "britain", "british", "england", "uk");
        Country("us", "amerika", "amerikaans", "amerikaanse", "amerikanen", "america", "american", "americans", "usa", "vs");
        Country("cn", "china", "chinees", "chinese");
        Country("in", "india", "indiaas", "indiase", "indian");
        Country("pk", "pakistan", "pakistaans", "pakistaanse", "pakistani");
        Country("jo", "jordanie", "jordaans", "jordan", "jordanian");
        Country("lb", "libanon", "libanees", "libanese", "lebanon", "lebanese");
        Country("sa", "saoedi", "saudi");
        Country("se", "zweden", "zweeds", "zweedse", "sweden", "swedish");
        Country("dk", "denemarken", "deens", "deense", "denmark", "danish");
        Country("at", "oostenrijk", "oostenrijks", "oostenrijkse", "austria", "austrian");
        Country("ch", "zwitserland", "zwitsers", "zwitserse", "switzerland", "swiss");
        // Parts of the world: "welke Europese landen" asks for countries in Europe, which "richting Europa" does not name.
        Country("europe", "europa", "europees", "europese", "europeanen", "europe", "european", "europeans");
        Country("africa", "afrika", "afrikaanse", "afrikanen", "africa", "african", "africans");
        Country("north-africa", "noord afrika", "noordafrika", "noord afrikaanse", "north africa", "north african");
        Country("asia", "azie", "aziatisch", "aziatische", "asia", "asian");
        Country("middle-east", "midden oosten", "middle east");
        Country("us", "verenigde staten", "united states");
        Country("gb", "verenigd koninkrijk", "united kingdom", "groot brittannie", "great britain");
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
