using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CooperationBot.Bot.Briefings;

/// <summary>Appends styled paragraphs to a Word document's body.</summary>
internal sealed class WordBody(MainDocumentPart part, Body body)
{
    public void Add(string style, params OpenXmlElement[] content) => Add(style, keepWithNext: false, content);

    /// <summary>A paragraph in <paramref name="style"/>; <paramref name="keepWithNext"/> keeps it on the page of the next one (a line and its source).</summary>
    public void Add(string style, bool keepWithNext, params OpenXmlElement[] content)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (keepWithNext)
        {
            properties.Append(new KeepNext());
        }

        var paragraph = new Paragraph(properties);
        paragraph.Append(content);
        body.Append(paragraph);
    }

    public void Add(string style, string text) => Add(style, Text(text));

    public void Heading1(string text) => Add(BriefingStyles.Heading1, text);

    public void Heading2(string text) => Add(BriefingStyles.Heading2, text);

    public void Bullet(params OpenXmlElement[] content) => Add(BriefingStyles.ListBullet, content);

    /// <summary>A bullet kept on the page of the paragraph after it.</summary>
    public void BulletWithNext(params OpenXmlElement[] content) => Add(BriefingStyles.ListBullet, keepWithNext: true, content);

    public void Bullets(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            Bullet(Text(text));
        }
    }

    public void Plain(string text) => Add("Normal", text);

    public void Source(string text) => Add(BriefingStyles.SourceNote, text);

    /// <summary>A run of text; spaces at either end are kept.</summary>
    public static Run Text(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A clickable link to an external address.</summary>
    public Hyperlink Link(Uri address)
    {
        var relationship = part.AddHyperlinkRelationship(address, isExternal: true);
        return new Hyperlink(new Run(
            new RunProperties(new RunStyle { Val = BriefingStyles.Hyperlink }),
            new Text(address.ToString())))
        { Id = relationship.Id };
    }
}
