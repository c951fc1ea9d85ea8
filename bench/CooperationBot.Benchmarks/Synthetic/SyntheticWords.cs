namespace CooperationBot.Benchmarks.Synthetic;

/// <summary>
/// The vocabulary synthetic knowledge is built from: Dutch words with their English translation. Invented
/// combinations of these words are not facts about anything; every text built from them is marked synthetic.
/// </summary>
internal static class SyntheticWords
{
    /// <summary>Counted things: plural Dutch noun, plural English noun.</summary>
    public static readonly (string Nl, string En)[] Nouns =
    [
        ("aanvragen", "applications"), ("paspoorten", "passports"), ("dossiers", "case files"), ("terugkeerders", "returnees"),
        ("trainingen", "training courses"), ("inspecties", "inspections"), ("vergunningen", "permits"), ("verzoeken", "requests"),
        ("grenscontroles", "border checks"), ("projecten", "projects"), ("beurzen", "scholarships"), ("rapporten", "reports"),
        ("overdrachten", "transfers"), ("reisdocumenten", "travel documents"), ("asielverzoeken", "asylum applications"),
        ("opvangplekken", "reception places"), ("tolken", "interpreters"), ("gesprekken", "interviews"), ("rechtszaken", "court cases"),
        ("subsidies", "grants"), ("vluchten", "flights"), ("identificaties", "identifications"), ("registraties", "registrations"),
        ("bezwaren", "objections"), ("meldingen", "notifications"), ("werkplaatsen", "workshops"), ("verklaringen", "statements"),
        ("visa", "visas"), ("uitzendingen", "secondments"), ("cursussen", "courses"), ("adviezen", "opinions"), ("onderzoeken", "investigations"),
        ("arrestaties", "arrests"), ("zittingen", "hearings"), ("plaatsingen", "placements"), ("beslissingen", "decisions"),
        ("voertuigen", "vehicles"), ("scanners", "scanners"), ("databanken", "databases"), ("protocollen", "protocols"),
    ];

    /// <summary>What was done: Dutch past tense, English past participle.</summary>
    public static readonly (string Nl, string En)[] Verbs =
    [
        ("behandelde", "handled"), ("verwerkte", "processed"), ("registreerde", "registered"), ("ondersteunde", "supported"),
        ("financierde", "funded"), ("controleerde", "checked"), ("verstrekte", "issued"), ("organiseerde", "organised"),
        ("beoordeelde", "assessed"), ("begeleidde", "guided"), ("ontving", "received"), ("evalueerde", "evaluated"),
        ("leverde", "delivered"), ("opende", "opened"), ("sloot af", "completed"), ("digitaliseerde", "digitised"),
    ];

    /// <summary>Subjects of cooperation, used for topics and tags.</summary>
    public static readonly (string Nl, string En)[] Themes =
    [
        ("terugkeer", "return"), ("grensbewaking", "border control"), ("opvang", "reception"), ("arbeidsmigratie", "labour migration"),
        ("mensenhandel", "human trafficking"), ("identiteitsvaststelling", "identification"), ("rechtshulp", "legal aid"),
        ("jeugdbescherming", "youth protection"), ("visumbeleid", "visa policy"), ("integratie", "integration"),
        ("capaciteitsopbouw", "capacity building"), ("gegevensuitwisseling", "data exchange"), ("herintegratie", "reintegration"),
        ("cybercriminaliteit", "cybercrime"), ("politiesamenwerking", "police cooperation"), ("detentie", "detention"),
        ("mensensmokkel", "migrant smuggling"), ("documentfraude", "document fraud"), ("gevangeniswezen", "prison system"),
        ("slachtofferhulp", "victim support"), ("rechtspraak", "judiciary"), ("terrorismebestrijding", "counter-terrorism"),
    ];

    /// <summary>Countries and regions.</summary>
    public static readonly (string Nl, string En)[] Regions =
    [
        ("Marokko", "Morocco"), ("Senegal", "Senegal"), ("Ghana", "Ghana"), ("Nigeria", "Nigeria"), ("Mali", "Mali"),
        ("Niger", "Niger"), ("Gambia", "Gambia"), ("Egypte", "Egypt"), ("Libanon", "Lebanon"), ("Turkije", "Turkey"),
        ("Irak", "Iraq"), ("Kenia", "Kenya"), ("Tunesie", "Tunisia"), ("Algerije", "Algeria"), ("Jordanie", "Jordan"),
        ("de Sahel", "the Sahel"), ("West-Afrika", "West Africa"), ("Noord-Afrika", "North Africa"),
    ];

    /// <summary>Cities.</summary>
    public static readonly string[] Places =
    [
        "Rabat", "Casablanca", "Tanger", "Fez", "Marrakesh", "Agadir", "Oujda", "Tunis", "Dakar", "Accra", "Lagos", "Abuja",
        "Bamako", "Niamey", "Banjul", "Caïro", "Beiroet", "Ankara", "Izmir", "Bagdad", "Erbil", "Nairobi", "Mombasa", "Amman",
        "Den Haag", "Amsterdam", "Rotterdam", "Utrecht", "Zwolle", "Ter Apel", "Schiphol", "Brussel", "Genève", "Wenen", "Madrid",
    ];

    /// <summary>Roles of people: Dutch, English, and the short title used in aliases.</summary>
    public static readonly (string Nl, string En, string Title)[] Roles =
    [
        ("minister van Binnenlandse Zaken", "Minister of the Interior", "minister"), ("staatssecretaris", "State Secretary", "staatssecretaris"),
        ("directeur-generaal", "Director-General", "directeur"), ("ambassadeur", "ambassador", "ambassadeur"),
        ("burgemeester", "mayor", "burgemeester"), ("hoofdinspecteur", "chief inspector", "inspecteur"),
        ("programmamanager", "programme manager", "manager"), ("attaché migratie", "migration attaché", "attaché"),
        ("officier van justitie", "public prosecutor", "officier"), ("rechter", "judge", "rechter"),
    ];

    public static readonly string[] FirstNames =
    [
        "Anouk", "Bram", "Carla", "Daan", "Eva", "Femke", "Gijs", "Hanna", "Ilse", "Joris", "Karim", "Lotte", "Mohamed", "Noor",
        "Omar", "Pieter", "Rachida", "Sanne", "Thijs", "Yasmina", "Youssef", "Zineb", "Fatima", "Hamza", "Ines", "Jamal", "Khadija",
        "Lars", "Maarten", "Nadia", "Olaf", "Priya", "Rutger", "Salma", "Tarik", "Umar", "Vera", "Wouter", "Amina", "Bilal",
    ];

    public static readonly string[] Surnames =
    [
        "Jansen", "de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos",
        "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "El Amrani", "Benali", "Bouzid",
        "Tahiri", "Ouali", "Haddou", "Chaoui", "Idrissi", "Alaoui", "Bennani", "Diallo", "Ndiaye", "Mensah", "Okafor", "Traore",
        "Keita", "Diop", "Owusu", "Adeyemi", "Sow", "Kaya", "Yilmaz", "Demir", "Haddad", "Khoury", "Mwangi", "Otieno", "Kamau",
    ];

    /// <summary>Kinds of organisation: Dutch and English.</summary>
    public static readonly (string Nl, string En)[] OrganisationKinds =
    [
        ("Nationaal Agentschap", "National Agency"), ("Stichting", "Foundation"), ("Expertisecentrum", "Expertise Centre"),
        ("Directoraat", "Directorate"), ("Platform", "Platform"), ("Instituut", "Institute"), ("Bureau", "Office"), ("Raad", "Council"),
    ];

    public static readonly (string Nl, string En)[] Months =
    [
        ("januari", "January"), ("februari", "February"), ("maart", "March"), ("april", "April"), ("mei", "May"), ("juni", "June"),
        ("juli", "July"), ("augustus", "August"), ("september", "September"), ("oktober", "October"), ("november", "November"), ("december", "December"),
    ];
}
