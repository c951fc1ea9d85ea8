using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Digests.Content;

/// <summary>One value of a series as a digest cites it: the number, its date and where it comes from.</summary>
/// <param name="FigureId">The figure's id in the knowledge file.</param>
/// <param name="Value">The number, as the knowledge gives it.</param>
/// <param name="AsOf">The date the number was true (the figure's <c>as_of</c>).</param>
/// <param name="Source">Where the number comes from.</param>
/// <param name="Document">The document <paramref name="Source"/> names, when the knowledge has it.</param>
public sealed record DigestSeriesValue(string FigureId, decimal Value, DateOnly AsOf, SourceRef Source, SourceDocument? Document);
