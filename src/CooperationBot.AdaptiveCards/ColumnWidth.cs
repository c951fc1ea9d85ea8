using System.Globalization;
using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>The width of a column: <c>auto</c>, <c>stretch</c>, a relative weight or a fixed number of pixels.</summary>
[JsonConverter(typeof(ColumnWidthJsonConverter))]
public sealed class ColumnWidth
{
    private ColumnWidth(string? text, int? weight)
    {
        Text = text;
        Weight = weight;
    }

    /// <summary>As wide as the content needs.</summary>
    public static ColumnWidth Auto { get; } = new("auto", null);

    /// <summary>Takes the remaining width (shared with other stretch columns).</summary>
    public static ColumnWidth Stretch { get; } = new("stretch", null);

    /// <summary>The keyword or pixel text; null for a weight.</summary>
    public string? Text { get; }

    /// <summary>The relative weight; null for a keyword or pixel width.</summary>
    public int? Weight { get; }

    /// <summary>A share of the width relative to the other weighted columns.</summary>
    public static ColumnWidth Weighted(int weight) =>
        new(null, weight > 0 ? weight : throw new ArgumentOutOfRangeException(nameof(weight), weight, "A weight must be positive."));

    /// <summary>A fixed width such as <c>"50px"</c>.</summary>
    public static ColumnWidth Pixels(int pixels) =>
        pixels > 0
            ? new(pixels.ToString(CultureInfo.InvariantCulture) + "px", null)
            : throw new ArgumentOutOfRangeException(nameof(pixels), pixels, "A width must be positive.");

    /// <inheritdoc />
    public override string ToString() => Text ?? Weight!.Value.ToString(CultureInfo.InvariantCulture);
}
