namespace CooperationBot.Bot.Answering.Timeline;

/// <summary>
/// An item shown beside an answer for its time: an earlier (or later) value of the answer's series, an item the answer
/// replaced, an item that replaced it, or an item that contradicts it.
/// </summary>
/// <param name="Item">The item in the answer language, with its source.</param>
/// <param name="AsOf">The date the item stood: a figure's <c>as_of</c>, a quote's or fact's date, else its source's date.</param>
/// <param name="Value">A figure's value; null for other items.</param>
/// <param name="Until">For a replaced item, the date of the item that replaced it ("Tot 16 september 2024: …"); else null.</param>
public sealed record DatedAnswerItem(AnswerItem Item, DateOnly AsOf, decimal? Value, DateOnly? Until = null);
