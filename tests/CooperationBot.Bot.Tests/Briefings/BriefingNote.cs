using CooperationBot.Bot.Briefings;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CooperationBot.Bot.Tests.Briefings;

/// <summary>A generated briefing note opened again with OpenXml: its paragraphs with their styles, and its footer.</summary>
internal sealed record BriefingNote(IReadOnlyList<(string Style, string Text)> Paragraphs, string Footer, string Title, IReadOnlyList<string> SchemaErrors)
{
    public IEnumerable<string> Headings(string style = "Heading1") => Paragraphs.Where(p => p.Style == style).Select(p => p.Text);

    public string Text => string.Join("\n", Paragraphs.Select(p => p.Text));

    public static BriefingNote Open(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var main = document.MainDocumentPart!;
        var paragraphs = main.Document!.Body!.Elements<Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal", p.InnerText))
            .ToList();
        var footer = string.Concat(main.FooterParts.Select(f => f.Footer!.InnerText));
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        return new BriefingNote(paragraphs, footer, document.PackageProperties.Title ?? string.Empty, errors);
    }

    public static BriefingNote Create(CooperationBot.Bot.Visits.VisitSummary summary, DateTimeOffset at) => Open(BriefingDocument.Create(summary, at));
}
