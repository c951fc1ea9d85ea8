using System.Globalization;
using System.Text.RegularExpressions;
using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>
/// Turns a document into draft knowledge: a fact per informative sentence (with its date or period), figures,
/// people and organisations, quotes with their speaker and a candidate visit, each citing its paragraph with the
/// exact source text as evidence and with status draft. English texts are left out: the importer never translates.
/// Ids are deterministic: <c>draft-&lt;source&gt;-p&lt;paragraph&gt;-&lt;n&gt;</c> and similar. Against the reviewed
/// items of the main knowledge file it suggests, as notes for the curator (<see cref="KnowledgeImport.Notes"/>), the
/// series a figure continues (<see cref="SeriesMatcher"/>: the figure then gets the series' measure and unit) and the
/// facts a sentence looks like a newer version of (<see cref="SupersedesMatcher"/>: never set, the curator decides).
/// </summary>
public static partial class KnowledgeImporter
{
    private const int MinimumFactWords = 5;
    private const string PublisherPlaceholder = "(uitgever in te vullen)";

    public static KnowledgeImport Import(ImportedDocument document, KnowledgeImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var paragraphs = document.Paragraphs;
        if (paragraphs.Count == 0)
        {
            throw new KnowledgeImportException($"the document '{document.FileName}' holds no text");
        }

        var titleLine = DatePrefix().Match(paragraphs[0]);
        var date = options.Date ?? FullDate(titleLine.Groups["date"].Value)
            ?? throw new KnowledgeImportException("the document's date is not known: give it with --date YYYY-MM-DD");
        var slug = ImportSlug.Of(Path.GetFileNameWithoutExtension(document.FileName));
        var source = new SourceDocument
        {
            Id = slug,
            Title = options.SourceTitle ?? paragraphs[0][titleLine.Length..].Trim(),
            Publisher = options.Publisher ?? PublisherPlaceholder,
            Date = date,
            File = options.SourceFile,
        };
        var topic = new Topic { Id = "draft-" + slug, Status = KnowledgeStatus.Draft, Name = new LocalizedText { Nl = "Import: " + source.Title } };
        var context = new ImportContext(source, topic.Id, new NameDetector(options.Known), options.Known);
        var kinds = paragraphs.Select(ParagraphClassifier.Classify).ToList();

        var quotes = QuoteDetector.Find(paragraphs, kinds, context.Names);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (kinds[p] is ParagraphKind.Speaker or ParagraphKind.Quote)
            {
                context.AddNames(p + 1, paragraphs[p]);
            }
            else if (kinds[p] == ParagraphKind.Text)
            {
                AddSentences(context, p + 1, paragraphs[p]);
            }
        }

        context.AddQuotes(quotes);
        context.AddVisit();
        return context.Result(document.Repairs, topic);
    }

    private static void AddSentences(ImportContext context, int paragraph, string text)
    {
        var quoted = QuoteDetector.Spans(text).ToList();
        var offset = 0;
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            var start = text.IndexOf(sentence, offset, StringComparison.Ordinal);
            offset = start + sentence.Length;
            var insideQuote = quoted.Any(span => start >= span.Start && offset <= span.End);
            if (insideQuote || sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinimumFactWords)
            {
                continue;
            }

            context.AddFact(paragraph, sentence);
        }
    }

    private static DateOnly? FullDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A leading "date 2023-02" or "date 2023-02-21" on the title line, as some exports write it.</summary>
    [GeneratedRegex(@"^\s*(?:date|datum)\s+(?<date>\d{4}-\d{2}(?:-\d{2})?)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePrefix();
}
