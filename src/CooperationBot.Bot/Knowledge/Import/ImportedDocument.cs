using CooperationBot.Bot.Knowledge.Validation;

namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>A document read for import: its plain text (paragraphs between blank lines) and the damage repaired.</summary>
/// <param name="FileName">The document's file name, e.g. <c>persbericht.docx</c>.</param>
/// <param name="PlainText">The text as read (Markdown markup stripped, Word paragraphs between blank lines), damage not yet repaired.</param>
/// <param name="Repairs">Each damaged sequence at its line and column in the document (Word: in <paramref name="PlainText"/>), with its repair.</param>
public sealed record ImportedDocument(string FileName, string PlainText, IReadOnlyList<SourceDamage> Repairs)
{
    /// <summary>The text split into paragraphs as the knowledge file counts them, repaired and with white space collapsed.</summary>
    public IReadOnlyList<string> Paragraphs { get; } = SourceText.Parse(PlainText).Paragraphs;
}
