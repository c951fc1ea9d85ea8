using DocumentFormat.OpenXml.Packaging;

namespace CooperationBot.Tests.Infrastructure;

/// <summary>Opens a .docx with OpenXml (as Word would have to) and returns the text of its body, one paragraph a line.</summary>
public static class WordText
{
    public static string Read(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return string.Join("\n", document.MainDocumentPart!.Document!.Body!.ChildElements.Select(e => e.InnerText));
    }
}
