namespace CooperationBot.Bot.Phrasing;

/// <summary>What the items a sentence cites say: their words, numbers and dates (text, source line and date together).</summary>
internal sealed class SentenceEvidence
{
    public SentenceEvidence(IEnumerable<PhrasingItem> cited)
    {
        var text = string.Join("\n", cited.Select(i => string.Join("\n", i.Text, i.Source, i.Date ?? string.Empty)));
        Words = GuardText.WordForm(text);
        Numbers = NumberMentions.Find(text).SelectMany(n => n.Readings).ToHashSet(StringComparer.Ordinal);
        Dates = DateMentions.Find(text);
    }

    /// <summary>The word form (see <see cref="GuardText.WordForm"/>) of everything cited.</summary>
    public string Words { get; }

    /// <summary>Every reading of every number cited, dates' parts included.</summary>
    public IReadOnlySet<string> Numbers { get; }

    public IReadOnlyList<DateMention> Dates { get; }

    public bool Supports(NumberMention number) => number.Readings.Overlaps(Numbers);

    /// <summary>A date is supported by a cited date that says at least as much; a bare year also by the same number.</summary>
    public bool Supports(DateMention date) =>
        Dates.Any(date.IsCoveredBy)
        || (date is { Year: { } year, Month: null, Day: null, Part: null } && Numbers.Contains(FormattableString.Invariant($"nl:{year}")));
}
