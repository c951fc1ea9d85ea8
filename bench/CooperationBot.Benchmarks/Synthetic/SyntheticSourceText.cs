using System.Text;
using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Benchmarks.Synthetic;

/// <summary>Writes the synthetic source text so that every evidence and quote is verbatim in its cited paragraph.</summary>
internal static class SyntheticSourceText
{
    public static string Write(KnowledgeBase knowledge)
    {
        var paragraphs = new SortedDictionary<int, List<string>>();
        foreach (var reference in References(knowledge))
        {
            Add(reference.Paragraph, reference.Evidence);
        }

        foreach (var quote in knowledge.Quotes)
        {
            Add(quote.Source.Paragraph, quote.Text.Nl);
        }

        var text = new StringBuilder(SyntheticKnowledge.SourceTitle).Append('\n');
        var next = 2;
        foreach (var (number, sentences) in paragraphs)
        {
            for (; next < number; next++)
            {
                text.Append('\n').Append(SyntheticKnowledge.DutchMark).Append(" lege alinea.\n");
            }

            text.Append('\n').AppendJoin(' ', sentences.Distinct(StringComparer.Ordinal)).Append('\n');
            next = number + 1;
        }

        return text.ToString();

        void Add(int paragraph, string sentence)
        {
            if (paragraph < 2)
            {
                throw new InvalidOperationException("paragraph 1 of the synthetic source is its title");
            }

            if (!paragraphs.TryGetValue(paragraph, out var list))
            {
                paragraphs[paragraph] = list = [];
            }

            list.Add(sentence);
        }
    }

    private static IEnumerable<SourceRef> References(KnowledgeBase knowledge) =>
        knowledge.People.Select(p => p.Source)
            .Concat(knowledge.Organisations.Select(o => o.Source))
            .Concat(knowledge.Facts.Select(f => f.Source))
            .Concat(knowledge.Figures.Select(f => f.Source))
            .Concat(knowledge.Quotes.Select(q => q.Source))
            .Concat(knowledge.Visits.SelectMany(v => v.Sources));
}
