using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Knowledge.Timeline;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>
/// Finds the series (reviewed figures with a <c>measure</c>) that a figure of a new document continues. A series
/// matches when all three hold, with words compared as <see cref="ImportWords"/> reads them:
/// <list type="number">
/// <item>the new figure's unit counts the same thing: each of its words is a word of the series' Dutch unit;</item>
/// <item>the sentence names the whole unit: each content word of the series' unit is in the sentence, as the same word
/// or with the same stem (<see cref="TextWords.SameStem"/>, so "keerden ... terug" names "teruggekeerd");</item>
/// <item>the sentence is worded like the series: it has at least <see cref="MinimumWordingShare"/> of the wording
/// (numbers and month names left out) of the meaning or the evidence of one of the series' figures.</item>
/// </list>
/// </summary>
internal sealed class SeriesMatcher
{
    /// <summary>The share of a series figure's wording that the new sentence must have.</summary>
    public const double MinimumWordingShare = 0.5;

    private readonly KnowledgeTimeline? _timeline;

    /// <param name="known">The main knowledge file; its drafts are left out (null: nothing matches).</param>
    public SeriesMatcher(KnowledgeBase? known) =>
        _timeline = known is null ? null : new KnowledgeTimeline(KnowledgeDrafts.WithoutDrafts(known));

    /// <summary>The series that <paramref name="figure"/>, found in <paramref name="sentence"/>, continues, each newest figure first; empty when none.</summary>
    public IReadOnlyList<IReadOnlyList<Figure>> Find(DetectedFigure figure, string sentence)
    {
        if (_timeline is null)
        {
            return [];
        }

        var unit = ImportWords.Content(figure.Unit);
        var sentenceWords = TextWords.Of(sentence).ToList();
        var wording = ImportWords.Wording(sentence);
        return [.. _timeline.Measures.Select(_timeline.Series).Where(series => series.Count > 0
            && SameUnit(unit, series[0].Unit.Nl, sentenceWords)
            && series.Any(old => WordedAlike(old.Meaning.Nl, wording) || WordedAlike(old.Source.Evidence, wording)))];
    }

    private static bool SameUnit(IReadOnlySet<string> unit, string seriesUnit, IReadOnlyList<string> sentenceWords)
    {
        var series = ImportWords.Content(seriesUnit);
        return unit.Count > 0 && unit.All(series.Contains)
            && series.All(word => sentenceWords.Any(other => TextWords.SameStem(word, other)));
    }

    private static bool WordedAlike(string text, IReadOnlySet<string> wording) =>
        ImportWords.Share(ImportWords.Wording(text), wording) >= MinimumWordingShare;
}
