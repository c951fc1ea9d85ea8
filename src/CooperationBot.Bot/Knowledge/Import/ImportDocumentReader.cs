using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>Reads a document for import: plain text (.txt), Markdown (.md, markup stripped) or Word (.docx, paragraph texts).</summary>
public static class ImportDocumentReader
{
    /// <summary>The file extensions understood, lower case with the dot.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".txt", ".md", ".docx"];

    /// <summary>Reads <paramref name="path"/>; throws <see cref="KnowledgeImportException"/> with a plain message when it cannot.</summary>
    public static ImportedDocument Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            throw new KnowledgeImportException($"'{path}' is not a document the importer reads: use a .txt, .md or .docx file");
        }

        if (!File.Exists(path))
        {
            throw new KnowledgeImportException($"the document '{path}' does not exist (looked for {Path.GetFullPath(path)})");
        }

        try
        {
            var raw = extension == ".docx" ? WordText(path) : new UTF8Encoding(false).GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF');
            var damage = Validation.SourceText.Parse(raw).Damage;
            var plain = extension == ".md" ? MarkdownText.Strip(raw) : raw;
            return new ImportedDocument(Path.GetFileName(path), plain, damage);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or OpenXmlPackageException or InvalidDataException)
        {
            throw new KnowledgeImportException($"the document '{path}' cannot be read: {exception.Message}", exception);
        }
    }

    /// <summary>The texts of a Word document's paragraphs, one block each, blank lines between (empty paragraphs left out).</summary>
    private static string WordText(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new InvalidDataException("the Word document has no body");
        var paragraphs = body.Descendants<Word.Paragraph>()
            .Select(paragraph => string.Concat(paragraph.Descendants<Word.Text>().Select(text => text.Text)).Trim())
            .Where(text => text.Length > 0);
        return string.Join("\n\n", paragraphs) + "\n";
    }
}
