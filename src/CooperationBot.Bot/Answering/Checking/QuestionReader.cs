using System.Collections.Frozen;
using System.Text.RegularExpressions;
using CooperationBot.Bot.Answering.Indexing;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Answering.Checking;

/// <summary>
/// Reads what a question asks for (<see cref="AskedFor"/>) and the words that narrow it down
/// (<see cref="QuestionConstraint"/>), in Dutch and English. The knowledge adds what only it knows: the words of its
/// home country (its <c>context</c>) and the names of its people (a question that asks what somebody said names
/// the speaker).
/// </summary>
internal sealed partial class QuestionReader
{
    private static readonly FrozenSet<string> YesNoStarts = FrozenSet.Create(StringComparer.Ordinal,
        "is", "zijn", "was", "waren", "heeft", "hebben", "had", "hadden", "wordt", "worden", "werd", "werden", "kan",
        "kunnen", "kon", "konden", "mag", "mogen", "moet", "moeten", "gaat", "gaan", "ging", "gingen", "doet", "doen",
        "deed", "deden", "zal", "zullen", "zou", "zouden", "keerden", "keerde", "bestaat", "bestaan", "staat", "geeft",
        "geven", "gaf", "komt", "komen", "kwam", "kwamen", "spraken", "sprak", "bezocht", "bezochten", "werkt", "werken",
        "helpt", "steunt", "verstrekt", "krijgen", "krijgt", "are", "were", "did", "does", "do", "has", "have", "can",
        "could", "will", "would", "should", "must", "may");

    private static readonly FrozenSet<string> TimeUnits = FrozenSet.Create(StringComparer.Ordinal,
        "dagen", "dag", "weken", "week", "maanden", "maand", "jaren", "jaar", "uur", "uren", "minuten", "days", "day",
        "weeks", "months", "month", "years", "year", "hours", "hour", "minutes");

    /// <summary>Words that qualify the noun after them ("afgewezen asielzoekers"): a phrase of the user's words goes on past them.</summary>
    private static readonly FrozenSet<string> Qualifiers = FrozenSet.Create(StringComparer.Ordinal,
        "afgewezen", "rejected", "vrijwillig", "vrijwillige", "gedwongen", "voluntary", "forced", "uitgeprocedeerde",
        "overlastgevende", "alleenstaande", "unaccompanied", "internationale", "international", "nieuwe", "new");

    private static readonly FrozenSet<string> StrandedPrepositions = FrozenSet.Create(StringComparer.Ordinal,
        "over", "voor", "mee", "door", "op", "aan", "van", "uit", "om", "toe", "bij", "tegen");

    private readonly FrozenDictionary<string, string> _homeWords;
    private readonly FrozenSet<string> _personNames;
    private readonly FrozenDictionary<string, string> _fullNames;

    public QuestionReader(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _homeWords = (knowledge.Context?.HomeCountry?.Aliases ?? [])
            .SelectMany(TextWords.Of)
            .Distinct(StringComparer.Ordinal)
            .ToFrozenDictionary(w => w, _ => HomeCode, StringComparer.Ordinal);
        HomeCountryCode = _homeWords.Count == 0
            ? null
            : _homeWords.Keys.Select(ConstraintWords.CountryOf).FirstOrDefault(c => c is not null) ?? HomeCode;
        _personNames = knowledge.People
            .SelectMany(p => TextWords.Of(p.Name))
            .Where(w => !FunctionWords.Contains(w) && ConstraintWords.KindOf(w) is null)
            .ToFrozenSet(StringComparer.Ordinal);
        _fullNames = knowledge.People
            .SelectMany(p => TextWords.Of(p.Name).Where(_personNames.Contains).Select(w => (Word: w, p.Name)))
            .DistinctBy(p => p.Word, StringComparer.Ordinal)
            .ToFrozenDictionary(p => p.Word, p => p.Name, StringComparer.Ordinal);
    }

    /// <summary>The code that stands for the file's home country when its words are no country the bot knows.</summary>
    public const string HomeCode = "home";

    /// <summary>The country code of the file's home country, or null when the file names none.</summary>
    public string? HomeCountryCode { get; }

    /// <summary>The country code of a word (the file's home country words first), or null.</summary>
    public string? CountryOf(string key) =>
        _homeWords.ContainsKey(key) ? HomeCountryCode : ConstraintWords.CountryOf(key);

    /// <summary>The country code of a word or of the country word it is a typo of, or null.</summary>
    public string? CountryOfTypo(string key) =>
        _homeWords.ContainsKey(key) ? HomeCountryCode : ConstraintWords.CountryOfTypo(key);

    /// <summary>True when the word is (part of) the name of a person of the knowledge.</summary>
    public bool IsPersonName(string key) => _personNames.Contains(key);

    /// <summary>The words of a question, as written and as compared.</summary>
    public static List<QuestionToken> Tokens(string question) =>
        [.. Word().Matches(question).Select(m => new QuestionToken(m.Value, TextWords.Of(m.Value).FirstOrDefault() ?? string.Empty, m.Index)).Where(t => t.Key.Length > 0)];

    /// <param name="question">The question.</param>
    /// <param name="today">Today, for "vorig jaar" and "this year".</param>
    /// <param name="isKnown">Whether the knowledge has a word as it is: such a word is no typo of a constraint word.</param>
    /// <param name="isHeard">
    /// Whether the knowledge has a word at all: as it is, its stem, an alias or a word it is a typo of. A word it has
    /// nowhere that narrows the question down is an <see cref="ConstraintKind.Unheard"/> constraint. Null: every word is heard.
    /// </param>
    public QuestionNeeds Read(string question, DateOnly today, Func<string, bool>? isKnown = null, Func<string, bool>? isHeard = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        isKnown ??= _ => false;
        isHeard ??= _ => true;
        var tokens = Tokens(question);
        if (tokens.Count == 0)
        {
            return QuestionNeeds.None;
        }

        var (asked, askedWords) = Asked(question, tokens);
        var constraints = new List<QuestionConstraint>();
        var used = new bool[tokens.Count];
        ReadYears(tokens, today, used, constraints);
        ReadThing(tokens, used, constraints, isKnown);
        ReadSpeech(question, tokens, used, constraints);
        ReadExcept(tokens, used, constraints);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (used[i])
            {
                continue;
            }

            var token = tokens[i];
            var next = i + 1 < tokens.Count ? tokens[i + 1].Key : string.Empty;
            if (i + 1 < tokens.Count && CountryOf(token.Key + " " + next) is { } pair)
            {
                constraints.Add(new(ConstraintKind.Country, token.Raw + " " + tokens[i + 1].Raw, [pair]));
                used[i + 1] = true;
                continue;
            }

            if (token.Key is "geworden" or "became" or "become" && tokens.Any(t => ConstraintWords.KindOf(t.Key) == ConstraintKind.Office))
            {
                // "Wanneer is Laftit minister geworden?": becoming the office is the event asked about.
                constraints.Add(new(ConstraintKind.Event, token.Raw, [token.Key]));
                continue;
            }

            if (ConstraintWords.KindOf(token.Key) == ConstraintKind.Future)
            {
                // Before the function words: "zal", "will" and "next" are on their stop lists.
                constraints.Add(new(ConstraintKind.Future, token.Raw, [token.Key]));
                continue;
            }

            if ((FunctionWords.Contains(token.Key) && !token.IsAcronym) || (token.Key == "deal" && next == "with"))
            {
                continue;
            }

            var unknown = !isKnown(token.Key);
            if ((unknown ? CountryOfTypo(token.Key) : CountryOf(token.Key)) is { } country)
            {
                var office = OfficeAfter(tokens, i);
                constraints.Add(new(ConstraintKind.Country, token.Raw, office is null ? [country] : [country, office]));
            }
            else if (token.Key is "oud" or "old" && i > 0 && tokens[i - 1].Key is "hoe" or "how")
            {
                constraints.Add(new(ConstraintKind.Detail, tokens[i - 1].Raw + " " + token.Raw, [token.Key]));
            }
            else if (token.Key == "first" && next == "name")
            {
                constraints.Add(new(ConstraintKind.Detail, token.Raw + " " + tokens[i + 1].Raw, ["voornaam", "first"]));
                used[i + 1] = true;
            }
            else if ((unknown ? ConstraintWords.KindOfTypo(token.Key) : ConstraintWords.KindOf(token.Key)) is { } kind)
            {
                // "eerste helft", "second quarter": the part of the year with its ordinal, both to be covered.
                constraints.Add(kind == ConstraintKind.Period && i > 0 && Ordinals.Contains(tokens[i - 1].Key)
                    ? new(kind, tokens[i - 1].Raw + " " + token.Raw, [token.Key, tokens[i - 1].Key])
                    : new(kind, token.Raw, [token.Key]));
            }
            else if (token.IsAcronym)
            {
                constraints.Add(new(ConstraintKind.Organisation, token.Raw, [token.Key]));
            }
            else if (token.IsCapitalized && i > 0 && !IsSentenceStart(question, token))
            {
                constraints.Add(new(ConstraintKind.Name, token.Raw, [token.Key]));
            }
            else if (IsUnheard(token.Key, isHeard))
            {
                constraints.Add(new(ConstraintKind.Unheard, token.Raw, [token.Key]));
            }
        }

        var words = tokens.Select(t => t.Key).Where(k => !FunctionWords.Contains(k)).Distinct(StringComparer.Ordinal).ToList();
        return new QuestionNeeds(asked, askedWords, Merged(question, constraints), words)
        {
            AboutNow = tokens.Any(t => NowWords.Contains(t.Key)),
        };
    }

    /// <summary>
    /// Constraints of one kind next to each other are one ("foreign minister", "rejected asylum"): covered only when
    /// the item has all their words, and named together.
    /// </summary>
    private static List<QuestionConstraint> Merged(string question, List<QuestionConstraint> constraints)
    {
        var merged = new List<QuestionConstraint>();
        foreach (var constraint in constraints)
        {
            if (merged.Count > 0 && merged[^1] is var last && last.Kind == constraint.Kind
                && constraint.Kind is ConstraintKind.Office or ConstraintKind.Organisation or ConstraintKind.Subgroup or ConstraintKind.Detail or ConstraintKind.Unheard
                && question.IndexOf(last.Words + " " + constraint.Words, StringComparison.Ordinal) >= 0)
            {
                merged[^1] = new(last.Kind, last.Words + " " + constraint.Words, [.. last.Keys, .. constraint.Keys]);
            }
            else
            {
                merged.Add(constraint);
            }
        }

        return merged;
    }

    /// <summary>
    /// The office a country word qualifies ("Marokkaanse staatssecretaris", "Moroccan interior minister", "Moroccan state
    /// secretary": the last office word of those right after it, one other word allowed before the first), or null: the
    /// country must then be that office's own, not just named somewhere in the item.
    /// </summary>
    private static string? OfficeAfter(List<QuestionToken> tokens, int at)
    {
        var j = at + 1;
        if (j + 1 < tokens.Count && !IsOffice(j) && IsOffice(j + 1))
        {
            j++;
        }

        string? office = null;
        for (; j < tokens.Count && IsOffice(j); j++)
        {
            office = tokens[j].Key;
        }

        return office;

        bool IsOffice(int i) => ConstraintWords.KindOf(tokens[i].Key) == ConstraintKind.Office;
    }

    /// <summary>A word the knowledge has nowhere that narrows the question down (no light word, number, name of what is asked, or verb of saying).</summary>
    private bool IsUnheard(string key, Func<string, bool> isHeard) =>
        key.Length > 2 && !key.Any(char.IsAsciiDigit) && !isHeard(key) && !LightWords.Contains(key) && !IsAskedWord(key)
        && !ConstraintWords.SayVerbs.Contains(key) && !_personNames.Contains(key) && !YesNoStarts.Contains(key);

    private static bool IsSentenceStart(string question, QuestionToken token)
    {
        var before = question[..token.Index].TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '?' or '!' or ':' or '"' or '\u201c' or '\u201e';
    }

    private static (AskedFor Asked, string Words) Asked(string question, List<QuestionToken> tokens)
    {
        var exact = tokens.Any(t => t.Key is "precies" or "exact" or "exacte" or "exactly" or "datum" or "date");
        var money = tokens.Any(t => t.Key is "kost" or "kosten" or "kostte" or "cost" or "costs" or "bedrag" or "budget" or "geld" or "money" or "euro" or "euros" or "uitgegeven" or "spent" or "betaald" or "paid");
        for (var i = 0; i < tokens.Count; i++)
        {
            var key = tokens[i].Key;
            var next = i + 1 < tokens.Count ? tokens[i + 1].Key : string.Empty;
            var found = key switch
            {
                "waarom" or "why" or "reden" or "reason" or "oorzaak" or "cause" => AskedFor.Reason,
                "rol" or "role" or "taak" or "taken" or "task" or "tasks" or "functie" or "function" or "job" => AskedFor.Role,
                "wat" or "what" when next is "doet" or "doen" or "does" or "do" && DoneByOrganisation(tokens, i + 2) => AskedFor.Role,
                "hoe" when next is "komt" => AskedFor.Reason,
                "how" when next is "come" => AskedFor.Reason,
                "hoe" or "how" when next is "lang" or "long" => AskedFor.Duration,
                "hoeveel" when TimeUnits.Contains(next) => AskedFor.Duration,
                "how" when next is "many" && i + 2 < tokens.Count && TimeUnits.Contains(tokens[i + 2].Key) => AskedFor.Duration,
                "percentage" or "procent" or "percent" or "aandeel" or "share" or "proportion" => AskedFor.Percentage,
                _ when money && key is "hoeveel" or "wat" or "what" or "how" or "welk" or "welke" or "which" => AskedFor.Amount,
                "hoeveel" => AskedFor.Count,
                "hoe" when next is "vaak" => AskedFor.Count,
                "how" when next is "many" or "much" or "often" => AskedFor.Count,
                "aantal" or "number" when i > 0 && tokens[i - 1].Key is "het" or "the" => AskedFor.Count,
                "wanneer" or "when" or "datum" or "date" => exact ? AskedFor.ExactDate : AskedFor.Date,
                "welk" or "welke" or "which" or "what" when next is "dag" or "day" => AskedFor.ExactDate,
                "welk" or "welke" or "which" or "what" when next is "jaar" or "year" or "maand" or "month" or "periode" or "period" or "tijd" or "time" or "moment" => AskedFor.Date,
                "waar" when !StrandedPrepositions.Contains(tokens[^1].Key) => AskedFor.Place,
                "where" => AskedFor.Place,
                "welk" or "welke" or "which" or "what" when IsPlaceNoun(tokens.Skip(i + 1).FirstOrDefault(t => ConstraintWords.CountryOf(t.Key) is null && !Qualifiers.Contains(t.Key)).Key ?? string.Empty) => AskedFor.Place,
                "wie" or "who" or "whom" => AskedFor.Person,
                _ => AskedFor.Anything,
            };
            if (found != AskedFor.Anything)
            {
                return (found, AskedPhrase(question, tokens, i, found));
            }
        }

        return YesNoStarts.Contains(tokens[0].Key) ? (AskedFor.YesNo, string.Empty) : (AskedFor.Anything, string.Empty);
    }

    /// <summary>"Wat doet de IND", "what does the IOM do": the subject after the verb is an organisation.</summary>
    private static bool DoneByOrganisation(List<QuestionToken> tokens, int from)
    {
        var subject = tokens.Skip(from).Where(t => !FunctionWords.Contains(t.Key) || t.IsAcronym).Take(1).ToList();
        return subject is [var first] && (first.IsAcronym || ConstraintWords.KindOf(first.Key) == ConstraintKind.Organisation);
    }

    private static bool IsPlaceNoun(string key) =>
        key is "stad" or "steden" or "plaats" or "plaatsen" or "plek" or "locatie" or "land" or "landen" or "provincie" or "regio"
            or "werelddeel" or "continent" or "city" or "cities" or "place" or "places" or "town" or "location" or "country"
            or "countries" or "region"
        || key.EndsWith("centrum", StringComparison.Ordinal) || key.EndsWith("center", StringComparison.Ordinal)
        || key.EndsWith("centre", StringComparison.Ordinal);

    /// <summary>
    /// The user's words for what is asked: the question word, and for a count or a place the thing asked about with its
    /// qualifiers ("hoeveel afgewezen Marokkaanse asielzoekers", "welke Marokkaanse steden"); for an amount the word
    /// of money ("kost").
    /// </summary>
    private static string AskedPhrase(string question, List<QuestionToken> tokens, int at, AskedFor asked)
    {
        if (asked == AskedFor.Amount && tokens.FirstOrDefault(t => t.Key is "kost" or "kosten" or "kostte" or "cost" or "costs" or "bedrag" or "budget") is { Raw.Length: > 0 } money)
        {
            return money.Raw;
        }

        var end = at;
        if (tokens[at].Key is "how" or "hoe" && at + 1 < tokens.Count)
        {
            end = at + 1;
        }

        if (asked is AskedFor.Count or AskedFor.Duration or AskedFor.Place or AskedFor.Percentage)
        {
            for (var j = end + 1; j < tokens.Count && j <= end + 5; j++)
            {
                var key = tokens[j].Key;
                if (FunctionWords.Contains(key) || key is "zijn" or "is" or "did" or "does" or "do")
                {
                    continue;
                }

                end = j;
                if (ConstraintWords.CountryOf(key) is null && !Qualifiers.Contains(key))
                {
                    break;
                }
            }
        }

        return question[tokens[at].Index..tokens[end].End];
    }

    /// <summary>
    /// The thing asked about: the word right after "hoeveel", "how many", "welke" or "which" (past qualifiers and
    /// country adjectives: "hoeveel afgewezen Marokkaanse asielzoekers"). An answer must be about it. A country noun
    /// there ("hoeveel Marokkanen") is a country constraint already; a word that itself says what is asked ("welke
    /// datum", "which city") is the kind of answer, not a thing.
    /// </summary>
    private void ReadThing(List<QuestionToken> tokens, bool[] used, List<QuestionConstraint> constraints, Func<string, bool> isKnown)
    {
        var at = tokens.FindIndex(t => t.Key is "hoeveel" or "welk" or "welke" or "which");
        if (at < 0)
        {
            at = tokens.FindIndex(t => t.Key == "how");
            at = at >= 0 && at + 1 < tokens.Count && tokens[at + 1].Key is "many" or "much" ? at + 1 : -1;
        }

        for (var i = at + 1; at >= 0 && i < tokens.Count && i <= at + 4; i++)
        {
            var key = tokens[i].Key;
            if (FunctionWords.Contains(key) || Qualifiers.Contains(key) || key.All(char.IsAsciiDigit))
            {
                continue;
            }

            var country = isKnown(key) ? CountryOf(key) : CountryOfTypo(key);
            if (country is not null && !IsDemonymNoun(key))
            {
                continue;
            }

            if (country is null && !IsAskedWord(key) && ConstraintWords.KindOf(key) is null && !ConstraintWords.SayVerbs.Contains(key))
            {
                constraints.Add(new(ConstraintKind.Thing, tokens[i].Raw, [key]));
                used[i] = true;
            }

            return;
        }
    }

    /// <summary>A country word that names people ("Marokkanen", "Moroccans"), not an adjective ("Marokkaanse", "Moroccan").</summary>
    private static bool IsDemonymNoun(string key) =>
        key.EndsWith("en", StringComparison.Ordinal) || key.EndsWith("ers", StringComparison.Ordinal)
        || (key.EndsWith('s') && !key.EndsWith("aans", StringComparison.Ordinal) && !key.EndsWith("ees", StringComparison.Ordinal));

    /// <summary>Words that say what kind of answer is asked for ("welke datum", "which city", "hoeveel procent").</summary>
    private static bool IsAskedWord(string key) =>
        IsPlaceNoun(key) || TimeUnits.Contains(key)
        || key is "datum" or "date" or "periode" or "period" or "tijd" or "time" or "moment" or "percentage" or "procent" or "percent" or "bedrag" or "amount" or "reden" or "reason"
            or "keer" or "times" or "mensen" or "people" or "personen" or "persons" or "aantal" or "number" or "soort" or "kind" or "type"
            or "instantie" or "instanties" or "body" or "agency" or "authority" or "bewindspersoon" or "bewindslieden" or "bewindsman"
            or "bewindsvrouw" or "politicus" or "politician" or "official" or "officials" or "persoon" or "person";

    /// <summary>Ordinals that say which part of a year ("eerste helft", "second quarter").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> Ordinals = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal, "eerste", "tweede", "derde", "vierde", "laatste", "first", "second", "third", "fourth", "last");

    /// <summary>Words that ask how things stand now.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> NowWords = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal,
        "nu", "momenteel", "huidig", "huidige", "actueel", "actuele", "tegenwoordig", "thans", "heden", "now", "currently", "current",
        "present", "presently", "nowadays", "today");

    /// <summary>
    /// Years written as digits, and "vorig jaar", "dit jaar", "last year", "this year", "next year". A whole date ("21
    /// februari 2023") is its year with the date as a second key: a total as of that very date is a figure for it.
    /// </summary>
    private static void ReadYears(List<QuestionToken> tokens, DateOnly today, bool[] used, List<QuestionConstraint> constraints)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var key = tokens[i].Key;
            if (WholeDate(tokens, i) is { } date)
            {
                var year = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
                constraints.Add(new(ConstraintKind.Year, $"{tokens[i].Raw} {tokens[i + 1].Raw} {tokens[i + 2].Raw}", [year, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]));
                used[i] = used[i + 1] = used[i + 2] = true;
                i += 2;
            }
            else if (key.Length == 4 && key.All(char.IsAsciiDigit) && key[0] is '1' or '2' && int.Parse(key, System.Globalization.CultureInfo.InvariantCulture) is >= 1900 and <= 2100)
            {
                constraints.Add(PartOfYear(tokens, i, i, key, used) ?? new(ConstraintKind.Year, tokens[i].Raw, [key]));
                used[i] = true;
            }
            else if (i + 1 < tokens.Count && tokens[i + 1].Key is "jaar" or "year")
            {
                int? offset = key switch
                {
                    "vorig" or "vorige" or "afgelopen" or "last" or "past" => -1,
                    "dit" or "this" or "huidige" or "current" => 0,
                    "volgend" or "volgende" or "komend" or "komende" or "next" => 1,
                    _ => null,
                };
                if (offset is { } years)
                {
                    var year = (today.Year + years).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    constraints.Add(PartOfYear(tokens, i, i + 1, year, used) ?? new(ConstraintKind.Year, tokens[i].Raw + " " + tokens[i + 1].Raw, [year]));
                    used[i] = used[i + 1] = true;
                }
            }
            else if (key == "per" && i + 1 < tokens.Count && TimeUnits.Contains(tokens[i + 1].Key))
            {
                constraints.Add(new(ConstraintKind.Period, tokens[i].Raw + " " + tokens[i + 1].Raw, ["per " + tokens[i + 1].Key]));
                used[i] = used[i + 1] = true;
            }
        }
    }

    /// <summary>
    /// "eind 2024", "eind vorig jaar", "end of 2024", "begin 2025", "start of 2025": a stand at the end or the beginning of
    /// the year, as the year with the month it means as a second key ("2024-12-01..2024-12-31"). A value as of a day in
    /// that month is the value for it; a count over the whole year is not asked. Null when no such word comes before
    /// the year's tokens <paramref name="first"/> to <paramref name="last"/>.
    /// </summary>
    private static QuestionConstraint? PartOfYear(List<QuestionToken> tokens, int first, int last, string year, bool[] used)
    {
        var at = first - 1;
        if (at >= 1 && tokens[at].Key is "van" or "of")
        {
            at--;
        }

        if (at < 0 || used[at])
        {
            return null;
        }

        int? month = tokens[at].Key switch
        {
            "eind" or "einde" or "eindje" or "ultimo" or "end" => 12,
            "begin" or "start" or "beginning" or "primo" => 1,
            _ => null,
        };
        if (month is not { } m)
        {
            return null;
        }

        var from = new DateOnly(int.Parse(year, System.Globalization.CultureInfo.InvariantCulture), m, 1);
        var range = DateRangeKey.Of(from, from.AddMonths(1).AddDays(-1));
        var words = string.Join(' ', tokens.Skip(at).Take(last - at + 1).Select(t => t.Raw));
        for (var k = at; k <= last; k++)
        {
            used[k] = true;
        }

        return new(ConstraintKind.Year, words, [year, range]);
    }

    /// <summary>
    /// "behalve Laftit", "naast zijn gesprek met Laftit", "besides the IOM": the names after a word of exception are what
    /// the question does not ask about, so an item about them does not answer it.
    /// </summary>
    private void ReadExcept(List<QuestionToken> tokens, bool[] used, List<QuestionConstraint> constraints)
    {
        var at = Enumerable.Range(0, tokens.Count).FirstOrDefault(
            i => tokens[i].Key is "behalve" or "naast" or "besides" or "except" or "excluding" or "buiten"
                || (tokens[i].Key == "apart" && i + 1 < tokens.Count && tokens[i + 1].Key == "from"),
            -1);
        if (at < 0)
        {
            return;
        }

        var names = Enumerable.Range(at + 1, Math.Min(5, tokens.Count - at - 1))
            .Where(i => !used[i] && (_personNames.Contains(tokens[i].Key) || tokens[i].IsAcronym || tokens[i].IsCapitalized))
            .ToList();
        if (names.Count > 0)
        {
            constraints.Add(new(ConstraintKind.Except, string.Join(' ', names.Select(i => tokens[i].Raw)), [.. names.Select(i => tokens[i].Key)]));
            names.ForEach(i => used[i] = true);
            used[at] = true;
        }
    }

    /// <summary>A day, a month's name and a year from token <paramref name="at"/> on ("21 februari 2023", "15 November 2022"), or null.</summary>
    private static DateOnly? WholeDate(List<QuestionToken> tokens, int at)
    {
        if (at + 2 >= tokens.Count || !int.TryParse(tokens[at].Key, System.Globalization.CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(tokens[at + 2].Key, System.Globalization.CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100)
        {
            return null;
        }

        var month = ConstraintWords.MonthOf(tokens[at + 1].Key);
        return month > 0 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>
    /// A question with a verb of saying asks for somebody's words. The speaker is the person (a name or an office) or
    /// organisation nearest after the verb ("Wat zei minister Laftit"), else before it ("What did Van der Burg say");
    /// the words after "over"/"about" are what was said about.
    /// </summary>
    private void ReadSpeech(string question, List<QuestionToken> tokens, bool[] used, List<QuestionConstraint> constraints)
    {
        var verb = tokens.FindIndex(t => ConstraintWords.SayVerbs.Contains(t.Key));
        if (verb < 0)
        {
            return;
        }

        var about = tokens.FindIndex(verb, t => t.Key is "over" or "about");
        var end = about < 0 ? tokens.Count : about;
        var after = Enumerable.Range(verb + 1, Math.Max(0, end - verb - 1)).ToList();
        var before = Enumerable.Range(0, verb).Reverse().ToList();
        var speaker = after.Concat(before).FirstOrDefault(i => _personNames.Contains(tokens[i].Key), -1);
        if (speaker < 0)
        {
            speaker = after.Concat(before).FirstOrDefault(IsSpeaker, -1);
        }

        if (speaker >= 0)
        {
            var key = tokens[speaker].Key;
            var name = _fullNames.GetValueOrDefault(key) is { } full && question.Contains(full, StringComparison.OrdinalIgnoreCase)
                ? question.Substring(question.IndexOf(full, StringComparison.OrdinalIgnoreCase), full.Length)
                : tokens[speaker].Raw;
            constraints.Add(new(ConstraintKind.Speaker, name, [key]));
            used[speaker] = true;
        }

        for (var i = about + 1; about >= 0 && i < tokens.Count; i++)
        {
            if (!used[i] && !FunctionWords.Contains(tokens[i].Key) && CountryOf(tokens[i].Key) is null && ConstraintWords.KindOf(tokens[i].Key) is null)
            {
                constraints.Add(new(ConstraintKind.Subject, tokens[i].Raw, [tokens[i].Key]));
                used[i] = true;
            }
        }

        bool IsSpeaker(int i) =>
            tokens[i].IsAcronym || ConstraintWords.KindOf(tokens[i].Key) is ConstraintKind.Office or ConstraintKind.Organisation;
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
