using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CooperationBot.Bot.Briefings;

/// <summary>
/// The Word styles of a briefing note. Built-in style ids and names (Title, heading 1, List Bullet, Quote, footer)
/// so Word and LibreOffice show them as their own styles, in the navigation pane and in a table of contents.
/// </summary>
internal static class BriefingStyles
{
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string ListBullet = "ListBullet";
    public const string Quote = "Quote";

    /// <summary>The speaker line under a quote.</summary>
    public const string Attribution = "QuoteAttribution";
    public const string Footer = "Footer";
    public const string Hyperlink = "Hyperlink";

    /// <summary>A small grey paragraph under a line, naming where it comes from.</summary>
    public const string SourceNote = "SourceNote";

    /// <summary>A small italic paragraph under a line, saying what changed since the visit (a newer value, a replacement, a successor).</summary>
    public const string ChangeNote = "ChangeNote";

    public const int BulletNumberingId = 1;

    private const string Font = "Calibri";
    private const string Accent = "1F3864";
    private const string Grey = "595959";
    private const string Changed = "843C0C";

    public static Styles Create(string languageTag) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "22" },
                new Languages { Val = languageTag })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", basedOn: null, isDefault: true),
        Paragraph(Title, "Title", "Normal", spacingAfter: "60", size: "52", color: Accent),
        Paragraph(Subtitle, "Subtitle", "Normal", spacingAfter: "240", size: "26", color: Grey),
        Heading(Heading1, "heading 1", outline: 0, size: "30", before: "360"),
        Heading(Heading2, "heading 2", outline: 1, size: "25", before: "200"),
        ListBulletStyle(),
        Paragraph(Quote, "Quote", "Normal", italic: true, indent: "567"),
        Paragraph(Attribution, "Quote attribution", "Normal", spacingAfter: "40", indent: "567"),
        Paragraph(SourceNote, "Source note", "Normal", spacingAfter: "120", size: "18", color: Grey, indent: "357"),
        Paragraph(ChangeNote, "Change note", "Normal", spacingAfter: "120", size: "18", color: Changed, italic: true, indent: "357"),
        Paragraph(Footer, "footer", "Normal", spacingAfter: "0", size: "16", color: Grey),
        new Style(
            new StyleName { Val = "Hyperlink" },
            new StyleRunProperties(new Color { Val = "0563C1" }, new Underline { Val = UnderlineValues.Single }))
        { Type = StyleValues.Character, StyleId = Hyperlink });

    /// <summary>One bullet list definition: a round bullet, hanging indent.</summary>
    public static Numbering CreateNumbering() => new(
        new AbstractNum(
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "\u2022" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "357", Hanging = "357" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 0 },
        new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = BulletNumberingId });

    private static Style Heading(string id, string name, int outline, string size, string before) =>
        Paragraph(id, name, "Normal", spacingAfter: "80", size: size, color: Accent, bold: true, before: before, outline: outline);

    private static Style ListBulletStyle() =>
        Paragraph(ListBullet, "List Bullet", "Normal", spacingAfter: "60", bullet: true);

    /// <summary>A paragraph style; the properties are written in the order the Open XML schema requires.</summary>
    private static Style Paragraph(
        string id,
        string name,
        string? basedOn,
        bool isDefault = false,
        string? spacingAfter = null,
        string? size = null,
        string? color = null,
        bool bold = false,
        bool italic = false,
        string? before = null,
        string? indent = null,
        int? outline = null,
        bool bullet = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (outline is not null)
        {
            style.Append(new NextParagraphStyle { Val = "Normal" });
        }

        style.Append(new PrimaryStyle());
        var paragraph = new StyleParagraphProperties();
        if (outline is not null)
        {
            paragraph.Append(new KeepNext());
        }

        if (bullet)
        {
            paragraph.Append(new NumberingProperties(new NumberingId { Val = BulletNumberingId }));
        }

        if (spacingAfter is not null || before is not null)
        {
            var spacing = new SpacingBetweenLines();
            if (before is not null)
            {
                spacing.Before = before;
            }

            if (spacingAfter is not null)
            {
                spacing.After = spacingAfter;
            }

            paragraph.Append(spacing);
        }

        if (indent is not null)
        {
            paragraph.Append(new Indentation { Left = indent });
        }

        if (outline is not null)
        {
            paragraph.Append(new OutlineLevel { Val = outline });
        }

        style.Append(paragraph);
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        if (italic)
        {
            run.Append(new Italic());
        }

        if (color is not null)
        {
            run.Append(new Color { Val = color });
        }

        if (size is not null)
        {
            run.Append(new FontSize { Val = size });
        }

        style.Append(run);
        return style;
    }
}
