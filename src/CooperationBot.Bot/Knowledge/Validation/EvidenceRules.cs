using System.Globalization;
using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>
/// Checks the knowledge against its source texts: the files exist, cited paragraphs exist, evidence and quotes
/// are verbatim in the cited paragraph, and each figure's value is written in its evidence. Reports the damage
/// in the source texts themselves as warnings.
/// </summary>
internal sealed class EvidenceRules
{
    private readonly Dictionary<string, SourceText> _texts = new(StringComparer.Ordinal);
    private readonly DiagnosticList _diagnostics;

    private EvidenceRules(DiagnosticList diagnostics) => _diagnostics = diagnostics;

    /// <summary>Runs the checks; returns the full paths of the source files named (existing or not).</summary>
    public static IReadOnlyList<string> Check(KnowledgeBase knowledge, KnowledgeFileLocation location, DiagnosticList diagnostics)
    {
        var rules = new EvidenceRules(diagnostics);
        var files = rules.ReadSources(knowledge, location);
        foreach (var (pointer, reference) in SourceRefs.All(knowledge))
        {
            rules.CheckReference(pointer, reference);
        }

        for (var i = 0; i < knowledge.Quotes.Count; i++)
        {
            var quote = knowledge.Quotes[i];
            if (rules.CitedText(quote.Source) is { } text && !text.Contains(quote.Source.Paragraph, quote.Text.Nl))
            {
                diagnostics.Error($"/quotes/{i}/text/nl", $"the quote is not found word for word in paragraph {quote.Source.Paragraph} of source '{quote.Source.Source}'");
            }
        }

        for (var i = 0; i < knowledge.Figures.Count; i++)
        {
            var figure = knowledge.Figures[i];
            if (!NumberFinder.Contains(figure.Source.Evidence, figure.Value))
            {
                diagnostics.Error($"/figures/{i}/value", string.Create(CultureInfo.InvariantCulture, $"{figure.Value} is not written as a number in the figure's evidence"));
            }
        }

        return files;
    }

    private List<string> ReadSources(KnowledgeBase knowledge, KnowledgeFileLocation location)
    {
        var files = new List<string>();
        for (var i = 0; i < knowledge.Sources.Count; i++)
        {
            var source = knowledge.Sources[i];
            if (source.File is null)
            {
                _diagnostics.Warning($"/sources/{i}", $"source '{source.Id}' has no file, so the evidence citing it is not checked");
                continue;
            }

            var path = location.Resolve(source.File);
            files.Add(path);
            if (!File.Exists(path))
            {
                _diagnostics.Error($"/sources/{i}/file", $"the file '{source.File}' does not exist (looked for {path})");
                continue;
            }

            var text = SourceText.Parse(File.ReadAllText(path));
            _texts[source.Id] = text;
            foreach (var damage in text.Damage)
            {
                _diagnostics.Add(new KnowledgeDiagnostic(location.Display(source.File), damage.Line, damage.Column, DiagnosticSeverity.Warning, damage.Repaired is null
                    ? "U+FFFD marks a character lost in decoding; the validator cannot repair it"
                    : $"damaged characters '{damage.Damaged}' (UTF-8 read with the wrong code page); the validator reads them as '{damage.Repaired}'"));
            }
        }

        return files;
    }

    private void CheckReference(string pointer, SourceRef reference)
    {
        if (!_texts.TryGetValue(reference.Source, out var text))
        {
            return;
        }

        if (reference.Paragraph > text.Paragraphs.Count)
        {
            _diagnostics.Error(pointer + "/paragraph", $"paragraph {reference.Paragraph} does not exist: source '{reference.Source}' has {text.Paragraphs.Count} paragraphs");
        }
        else if (!text.Contains(reference.Paragraph, reference.Evidence))
        {
            var elsewhere = text.ParagraphsContaining(reference.Evidence).ToList();
            var hint = elsewhere.Count > 0 ? $" (it is in paragraph {string.Join(", ", elsewhere)})" : string.Empty;
            _diagnostics.Error(pointer + "/evidence", $"not found word for word in paragraph {reference.Paragraph} of source '{reference.Source}'{hint}");
        }
    }

    private SourceText? CitedText(SourceRef reference) =>
        _texts.TryGetValue(reference.Source, out var text) && reference.Paragraph <= text.Paragraphs.Count ? text : null;
}
