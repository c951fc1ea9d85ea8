using System.Globalization;
using System.Text.RegularExpressions;
using CooperationBot.Bot.Answering.Indexing;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Answering.Checking;

/// <summary>
/// Tells whether an item answers a question: it has what the question asks for (a number for "hoeveel", a date or
/// period for "wanneer", a place, a person, a duration, a reason) and it covers every constraint (the same stem, a
/// typo or an alias of the word; for a country, any of its names; for a year, the item's date, period or
/// <c>as_of</c>). What it lacks is returned as the missing parts: the constraints in the question's order, then the
/// kind of answer.
/// </summary>
internal static partial class ItemCheck
{
    /// <param name="item">The item.</param>
    /// <param name="needs">What the question asks for.</param>
    /// <param name="has">Whether the item has a question word (its stem, a typo of it, or an alias), by the word's compared form.</param>
    /// <param name="reader">The question reader of the same knowledge (countries and names).</param>
    public static List<MissingPart> Missing(IndexedItem item, QuestionNeeds needs, Func<string, bool> has, QuestionReader reader)
    {
        var missing = new List<MissingPart>();
        foreach (var constraint in needs.Constraints)
        {
            if (!Covers(item, constraint, needs.Asked, has, reader))
            {
                missing.Add(MissingPart.OfConstraint(constraint, needs));
            }
        }

        var gives = needs.Asked switch
        {
            AskedFor.Reason => GivesReasonFor(item, needs.Words),
            AskedFor.Place => GivesPlace(item, needs.Words, reader),
            _ => Gives(item, needs, reader),
        };
        if (!gives)
        {
            missing.Add(MissingPart.OfAnswer(needs));
        }

        return missing;
    }

    /// <summary>True when the item has the kind of answer asked for (a reason and a place: see Missing).</summary>
    private static bool Gives(IndexedItem item, QuestionNeeds needs, QuestionReader reader) => needs.Asked switch
    {
        AskedFor.Count => item.Kind == AnswerItemKind.Figure || HasNumber(item),
        AskedFor.Amount => Money().IsMatch(item.Source.Evidence) || Money().IsMatch(item.Text.Nl),
        AskedFor.Percentage => Percent().IsMatch(item.Source.Evidence) || Percent().IsMatch(item.Text.Nl),
        AskedFor.Date => item.Dates.Count > 0 || item.Period is not null || item.AsOf is not null,
        AskedFor.ExactDate => item.Dates.Count > 0,
        AskedFor.Place => GivesPlace(item, [], reader),
        AskedFor.Person => item.Kind is AnswerItemKind.Person or AnswerItemKind.Quote or AnswerItemKind.Visit or AnswerItemKind.Organisation
            || NamesSomebody(item, needs.Words, reader),
        AskedFor.Duration => DurationMention().IsMatch(item.Source.Evidence) || DurationMention().IsMatch(item.Text.Nl),
        AskedFor.Role => item.Kind == AnswerItemKind.Person,
        _ => true,
    };

    /// <summary>
    /// For a why-question: the item gives the reason of what the question is about. A visit has its purpose; a
    /// curated why-question says so; otherwise the item's sentence must state a reason ("omdat", "om ... te",
    /// "because") for a part that the question's words are in, not be the reason itself ("..., omdat de PCR-eis is
    /// vervallen" does not say why the PCR requirement was dropped).
    /// </summary>
    public static bool GivesReasonFor(IndexedItem item, IReadOnlyList<string> questionWords)
    {
        if (item.Because.Count > 0 || item.Kind == AnswerItemKind.Visit || CuratedWhy(item))
        {
            return true;
        }

        // A reason and what it explains are in one sentence: "Heel goed om ... te praten" explains nothing of the
        // sentence before it.
        foreach (var sentence in new[] { item.Text.Nl, item.Text.En ?? string.Empty, item.Source.Evidence }.SelectMany(t => SentenceEnd().Split(t)))
        {
            // "X, omdat Y" explains X: the question must be about X, not ask why Y.
            if (ReasonAfter().Match(sentence) is { Success: true } after && Mentions(sentence[..after.Index], questionWords))
            {
                return true;
            }

            // "Y, waardoor X" explains X: the question must be about X, not ask why Y.
            if (ReasonBefore().Match(sentence) is { Success: true } before && Mentions(sentence[(before.Index + before.Length)..], questionWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The item names a place the question does not already name (a visit's place, "in Marokko", "to Morocco").</summary>
    private static bool GivesPlace(IndexedItem item, IReadOnlyList<string> questionWords, QuestionReader reader)
    {
        var asked = questionWords.Select(reader.CountryOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var places = item.Place is { } place ? [place.Nl, place.En ?? place.Nl] : new List<string>();
        foreach (var text in new[] { item.Text.Nl, item.Text.En ?? string.Empty })
        {
            places.AddRange(PlaceMention().Matches(text).Select(m => m.Groups["place"].Value));
        }

        return places.SelectMany(TextWords.Of).Any(w => !questionWords.Contains(w, StringComparer.Ordinal) && !(reader.CountryOf(w) is { } code && asked.Contains(code)));
    }

    private static bool Mentions(string clause, IReadOnlyList<string> questionWords)
    {
        var words = TextWords.Of(clause).ToList();
        return questionWords.Any(q => words.Any(w => TextWords.SameStem(q, w)));
    }

    private static bool Covers(IndexedItem item, QuestionConstraint constraint, AskedFor asked, Func<string, bool> has, QuestionReader reader)
    {
        var key = constraint.Keys[0];
        return constraint.Kind switch
        {
            ConstraintKind.Year when constraint.Keys.Count > 1 && DateRangeKey.IsRange(constraint.Keys[1]) =>
                (item.AsOf is { } stand && InRange(stand, constraint.Keys[1]))
                || item.Dates.Any(date => InRange(date, constraint.Keys[1]))
                || TextWords.Of(constraint.Words).All(TimeWords(item).Contains),
            ConstraintKind.Year => CoversYear(item, key, asked) || (constraint.Keys.Count > 1 && item.AsOf is { } asOf
                && asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == constraint.Keys[1]),
            ConstraintKind.Period => constraint.Keys.All(TimeWords(item).Contains),
            ConstraintKind.Country => CoversCountry(item, key, reader) && (constraint.Keys.Count < 2 || HoldsOffice(item, key, constraint.Keys[1], reader)),
            ConstraintKind.Except => !constraint.Keys.Any(has),
            ConstraintKind.Speaker => item.Kind == AnswerItemKind.Quote
                && item.OwnNames.Concat(item.Extra.SelectMany(e => new[] { e.Nl, e.En ?? string.Empty })).SelectMany(TextWords.Of).Contains(key, StringComparer.Ordinal),
            _ => constraint.Keys.All(has),
        };
    }

    /// <summary>Whether <paramref name="date"/> lies in the days of a <see cref="DateRangeKey"/>.</summary>
    private static bool InRange(DateOnly date, string range) =>
        DateRangeKey.TryParse(range, out var from, out var to) && date >= from && date <= to;

    /// <summary>
    /// A year is covered by the item's date, its period's year, its period's words or (unless a count is asked for)
    /// its <c>as_of</c>. A count "in 2023" needs a figure for 2023: a total as of 2023 is not one.
    /// </summary>
    private static bool CoversYear(IndexedItem item, string year, AskedFor asked)
    {
        var value = int.Parse(year, CultureInfo.InvariantCulture);
        var inPeriod = item.Period is { } period && (period.Nl.Contains(year, StringComparison.Ordinal) || (period.En?.Contains(year, StringComparison.Ordinal) ?? false));
        if (inPeriod || item.Year == value)
        {
            return true;
        }

        return asked == AskedFor.Count
            ? item.Kind != AnswerItemKind.Figure && item.Dates.Any(d => d.Year == value)
            : item.Dates.Any(d => d.Year == value) || item.AsOf?.Year == value;
    }

    private static bool CoversCountry(IndexedItem item, string code, QuestionReader reader)
    {
        var texts = ItemTexts(item).ToList();
        var words = texts.SelectMany(TextWords.Of).Concat(item.Tags.SelectMany(TextWords.Of)).ToList();
        if (words.Any(w => reader.CountryOf(w) == code))
        {
            return true;
        }

        // The file's home country covers an office the item names without a country ("Staatssecretaris Van der Burg").
        return code == reader.HomeCountryCode && texts.Any(text => HasOfficeWithoutCountry([.. TextWords.Of(text)], reader));
    }

    /// <summary>
    /// The item names the office with that country right before it ("Marokkaanse minister", "Moroccan Interior
    /// Minister"), or for the file's home country with no country before it ("staatssecretaris Van der Burg"; "aan
    /// Marokko bezocht staatssecretaris ..." names no country of the office either).
    /// </summary>
    private static bool HoldsOffice(IndexedItem item, string code, string office, QuestionReader reader)
    {
        foreach (var text in ItemTexts(item))
        {
            var words = TextWords.Of(text).ToList();
            for (var i = 0; i < words.Count; i++)
            {
                if (!TextWords.SameStem(words[i], office))
                {
                    continue;
                }

                var j = i - 1;
                while (j >= 0 && ConstraintWords.KindOf(words[j]) == ConstraintKind.Office)
                {
                    j--;
                }

                var country = j >= 0 ? reader.CountryOf(words[j]) : null;
                if (country == code || (country is null && code == reader.HomeCountryCode))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasOfficeWithoutCountry(List<string> words, QuestionReader reader)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (ConstraintWords.KindOf(words[i]) == ConstraintKind.Office && words[i].Length > 4
                && (i == 0 || reader.CountryOf(words[i - 1]) is null)
                && (i < 2 || reader.CountryOf(words[i - 2]) is null))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The item's own words of time: its periods, and the years and months of its dates.</summary>
    private static HashSet<string> TimeWords(IndexedItem item)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (item.Period is { } period)
        {
            words.UnionWith(TextWords.Of(period.Nl));
            words.UnionWith(TextWords.Of(period.En ?? string.Empty));
        }

        foreach (var date in item.Dates.Concat(item.AsOf is { } asOf ? [asOf] : []))
        {
            words.UnionWith(ConstraintWords.MonthWords(date.Month));
        }

        return words;
    }

    private static IEnumerable<string> ItemTexts(IndexedItem item)
    {
        yield return item.Text.Nl;
        if (item.Text.En is { } en)
        {
            yield return en;
        }

        foreach (var extra in item.Extra)
        {
            yield return extra.Nl;
            if (extra.En is { } extraEn)
            {
                yield return extraEn;
            }
        }
    }

    /// <summary>A number in the source's words or the item's text that is no year and no day of a date, or a curated question with a count.</summary>
    private static bool HasNumber(IndexedItem item) =>
        Counted().IsMatch(StripDates(item.Source.Evidence)) || Counted().IsMatch(StripDates(item.Text.Nl))
        || item.Questions.Any(q => CountWord().IsMatch(q.Nl));

    private static string StripDates(string text) => DateLike().Replace(text, " ");

    /// <summary>A person, an organisation's acronym or a country ("Marokko verstrekt ...": who gives them) the question does not name.</summary>
    private static bool NamesSomebody(IndexedItem item, IReadOnlyList<string> questionWords, QuestionReader reader)
    {
        var asked = questionWords.Select(reader.CountryOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return TextWords.Of(item.Text.Nl).Any(w => reader.IsPersonName(w) || (reader.CountryOf(w) is { } code && !asked.Contains(code)))
            || Acronym().IsMatch(item.Text.Nl);
    }

    /// <summary>A curator says the item answers a why-question (one of its questions starts with "Waarom" or "Why").</summary>
    private static bool CuratedWhy(IndexedItem item) =>
        item.Questions.Any(q => q.Nl.StartsWith("Waarom", StringComparison.OrdinalIgnoreCase) || (q.En?.StartsWith("Why", StringComparison.OrdinalIgnoreCase) ?? false));

    [GeneratedRegex(@"(?<=[.!?])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:in|naar|uit|te|richting|to|from|at|towards)\s+(?<place>\p{Lu}\p{Ll}+)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceMention();

    [GeneratedRegex(@"\b\d+\s*(?:dagen|dag|weken|week|maanden|maand|jaren|jaar|uur|days?|weeks?|months?|years?|hours?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DurationMention();

    [GeneratedRegex(@"\b\d[\d.,]*\b|\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|honderd|duizend|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Counted();

    [GeneratedRegex(@"\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountWord();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:19|20)\d\d\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateLike();

    /// <summary>A reason that follows what it explains: "X, omdat Y", "X om Y te", "X because Y".</summary>
    [GeneratedRegex(@"\b(?:omdat|doordat|vanwege|want|dankzij|om\b(?=.*\bte\b)|because|due to|owing to|thanks to|in order to|so as to)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReasonAfter();

    /// <summary>A reason that comes before what it explains: "Y, waardoor X", "Y, so that X".</summary>
    [GeneratedRegex(@"\b(?:waardoor|daardoor|zodat|so that|as a result)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReasonBefore();

    [GeneratedRegex(@"€|\beuro|\bEUR\b|\bdollar|\$|\bbedrag|\bkost(?:en|te)?\b|\bcost", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"%|\bprocent\b|\bpercent", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    [GeneratedRegex(@"\b\p{Lu}{2,6}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Acronym();
}
