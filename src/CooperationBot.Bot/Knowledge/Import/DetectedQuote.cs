namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>A quote found in a document: its words (quotation marks left out), the source text holding it, and its speaker.</summary>
/// <param name="Paragraph">The 1-based paragraph of the quote.</param>
/// <param name="Text">The quoted words, verbatim, without the quotation marks.</param>
/// <param name="Evidence">The source text the quote was taken from, quotation marks included.</param>
/// <param name="Speaker">Who says it.</param>
public sealed record DetectedQuote(int Paragraph, string Text, string Evidence, DetectedName Speaker);
