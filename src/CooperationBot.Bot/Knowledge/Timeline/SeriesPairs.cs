using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Knowledge.Timeline;

/// <summary>
/// The figures of one series that share an <c>as_of</c> date. Two such figures from one source are an error, from
/// different sources with different values a conflict; a figure that supersedes the other (a correction) is neither.
/// </summary>
public static class SeriesPairs
{
    /// <summary>Each pair as indexes into <paramref name="figures"/>, the earlier one first, in file order.</summary>
    public static IEnumerable<(int Earlier, int Later)> SameDate(IReadOnlyList<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var groups = Enumerable.Range(0, figures.Count)
            .Where(index => figures[index].Measure is not null)
            .GroupBy(index => (figures[index].Measure!, figures[index].AsOf));
        foreach (var group in groups)
        {
            var indexes = group.ToList();
            for (var i = 0; i < indexes.Count; i++)
            {
                for (var j = i + 1; j < indexes.Count; j++)
                {
                    var (earlier, later) = (figures[indexes[i]], figures[indexes[j]]);
                    if (!earlier.Supersedes.Contains(later.Id, StringComparer.Ordinal) && !later.Supersedes.Contains(earlier.Id, StringComparer.Ordinal))
                    {
                        yield return (indexes[i], indexes[j]);
                    }
                }
            }
        }
    }
}
