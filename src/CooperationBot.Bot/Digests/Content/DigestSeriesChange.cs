using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Digests.Content;

/// <summary>
/// A new value in a series (figures with the same <c>measure</c>) and the value it follows: the newest value with an
/// earlier <c>as_of</c> in the current knowledge. When sources differ on that value, every one of them is kept: the
/// digest says so and never picks or averages one.
/// </summary>
public sealed record DigestSeriesChange
{
    /// <summary>What the series counts, as a reader knows it: the figure's topic name, or its unit when the topic is unknown.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>The new value.</summary>
    public required DigestSeriesValue Current { get; init; }

    /// <summary>The values of the previous date, in file order; more than one when sources differ for that date.</summary>
    public required IReadOnlyList<DigestSeriesValue> Previous { get; init; }

    /// <summary>Other values of the series for the new value's own date (sources that differ from it); usually empty.</summary>
    public IReadOnlyList<DigestSeriesValue> OthersOnSameDate { get; init; } = [];

    /// <summary>The distinct previous numbers, in file order (two sources giving the same number count once).</summary>
    public IReadOnlyList<decimal> PreviousValues => [.. Previous.Select(value => value.Value).Distinct()];

    /// <summary>True when the sources of the previous date give different numbers.</summary>
    public bool PreviousDiffers => PreviousValues.Count > 1;
}
