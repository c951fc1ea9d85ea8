using System.Globalization;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Knowledge.Timeline;

namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>
/// The figures of one series (<c>measure</c>) share a unit, and one source gives one value per date. Values of
/// different sources for one date are a conflict: <see cref="ConflictRules"/> warns about those.
/// </summary>
internal static class SeriesRules
{
    public static void Check(KnowledgeBase knowledge, DiagnosticList diagnostics)
    {
        var figures = knowledge.Figures;
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < figures.Count; i++)
        {
            if (figures[i].Measure is not { } measure)
            {
                continue;
            }

            if (!first.TryAdd(measure, i) && !SameUnit(figures[first[measure]].Unit, figures[i].Unit))
            {
                var other = figures[first[measure]];
                diagnostics.Error($"/figures/{i}/unit", $"the figures of a series share a unit: \"{figures[i].Unit.Nl}\" is not \"{other.Unit.Nl}\", the unit of figure '{other.Id}' (line {Line(diagnostics, first[measure])}) in the series '{measure}'");
            }
        }

        foreach (var (earlier, later) in SeriesPairs.SameDate(figures))
        {
            var other = figures[earlier];
            if (other.Source.Source == figures[later].Source.Source)
            {
                var date = other.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                diagnostics.Error($"/figures/{later}/as_of", $"the series '{other.Measure}' already has a value as of {date} from source '{other.Source.Source}' (figure '{other.Id}', line {Line(diagnostics, earlier)}): a source gives one value per date; a correction supersedes the figure it corrects");
            }
        }
    }

    /// <summary>The line of figure <paramref name="index"/>'s id.</summary>
    private static int Line(DiagnosticList diagnostics, int index) => diagnostics.Positions.ValueAt($"/figures/{index}/id").Line;

    private static bool SameUnit(LocalizedText a, LocalizedText b) =>
        Same(a.Nl, b.Nl) && (a.En is null || b.En is null || Same(a.En, b.En));

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
