using System.Globalization;
using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>The import's notes for the curator (Dutch, as the curators work), written as a comment above a draft item.</summary>
internal static class ImportNotes
{
    /// <summary>
    /// The note on <paramref name="draft"/>, a figure that continues <paramref name="series"/> (each newest figure
    /// first): the series, its latest value and a figure it may repeat when there is one series, else the candidates
    /// and that no measure was set.
    /// </summary>
    public static string Series(Figure draft, IReadOnlyList<IReadOnlyList<Figure>> series)
    {
        if (series is [var one])
        {
            var latest = one.TakeWhile(figure => figure.AsOf == one[0].AsOf).Select(figure => Value(figure.Value)).Distinct();
            var same = one.FirstOrDefault(figure => figure.Value == draft.Value && figure.AsOf == draft.AsOf);
            return $"import: past in de reeks {one[0].Measure} (laatste waarde {string.Join(" of ", latest)}, stand {Date(one[0].AsOf)}); "
                + "measure en eenheid van de reeks overgenomen; controleer eenheid en as_of"
                + (same is null ? string.Empty : $"; de reeks heeft al {Value(same.Value)} per {Date(same.AsOf)} ({same.Id}): misschien dubbel");
        }

        return $"import: past in meer dan één reeks ({string.Join(", ", series.Select(figures => figures[0].Measure))}); measure niet gezet: "
            + "kies de reeks, neem haar eenheid over en controleer as_of";
    }

    /// <summary>The suggestion for a fact that looks like a newer version of the reviewed facts <paramref name="older"/> (closest first).</summary>
    public static string Supersedes(IReadOnlyList<string> older) =>
        $"import: lijkt een nieuwere versie van {string.Join(" of ", older)}; overweeg supersedes: [{string.Join(", ", older)}]"
        + (older.Count > 1 ? " (alleen wat deze zin echt vervangt)" : string.Empty);

    private static string Value(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
