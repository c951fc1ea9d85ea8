using System.Globalization;
using System.Text.RegularExpressions;
using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Visits;

/// <summary>
/// Tells which of a visit's facts a section of its summary already shows, so "related facts" does not list them again.
/// A fact repeats a section item when it cites the same source paragraph and says what the item says: a key figure's
/// value, the name or abbreviation of an organisation visited, or a quote's words.
/// </summary>
internal sealed partial class SectionRepeats
{
    private readonly IReadOnlyList<Figure> _figures;
    private readonly IReadOnlyList<Organisation> _organisations;
    private readonly IReadOnlyList<Quote> _quotes;

    public SectionRepeats(IReadOnlyList<Figure> figures, IReadOnlyList<Organisation> organisations, IReadOnlyList<Quote> quotes)
    {
        _figures = figures;
        _organisations = organisations;
        _quotes = quotes;
    }

    /// <summary>True when a section of the summary already shows what <paramref name="fact"/> says.</summary>
    public bool Shows(Fact fact)
    {
        var texts = new[] { fact.Text.Nl, fact.Text.En }.OfType<string>().ToList();
        bool Says(string words) => texts.Exists(text => Regex.IsMatch(text, $@"\b{Regex.Escape(words)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
        bool SamePlace(SourceRef other) => other.Source == fact.Source.Source && other.Paragraph == fact.Source.Paragraph;

        return _figures.Any(f => SamePlace(f.Source) && texts.Exists(text => SaysNumber(text, f.Value)))
            || _organisations.Any(o => SamePlace(o.Source) && (Says(o.Name) || o.Aliases.Any(Says)))
            || _quotes.Any(q => SamePlace(q.Source) && (Says(q.Text.Nl) || (q.Text.En is { } en && Says(en))));
    }

    private static bool SaysNumber(string text, decimal value)
    {
        var number = value.ToString(CultureInfo.InvariantCulture);
        return Number().Matches(text).Any(match => match.Value.Replace(".", "", StringComparison.Ordinal) == number);
    }

    [GeneratedRegex(@"\d[\d.]*\d|\d")]
    private static partial Regex Number();
}
