using System.Text;
using System.Text.RegularExpressions;

namespace CooperationBot.Bot.Phrasing;

/// <summary>
/// Splits a model's answer into sentences and the item ids each cites: "Zin één [a]. Zin twee [b][c]."
/// A sentence gets the citations that directly follow it; a sentence not followed by any gets none.
/// </summary>
internal static partial class CitedSentenceParser
{
    public static IReadOnlyList<GuardedSentence> Parse(string text)
    {
        var sentences = new List<(StringBuilder Text, List<string> Ids)>();
        var position = 0;
        foreach (Match run in CitationRun().Matches(text))
        {
            AddChunk(sentences, text[position..run.Index]);
            var ids = CitationIds(run.Value);
            if (sentences.Count > 0)
            {
                var last = sentences[^1].Ids;
                last.AddRange(ids.Where(id => !last.Contains(id)));
            }

            position = run.Index + run.Length;
        }

        AddChunk(sentences, text[position..]);
        return [.. sentences.Select(s => new GuardedSentence(s.Text.ToString(), s.Ids))];
    }

    private static void AddChunk(List<(StringBuilder Text, List<string> Ids)> sentences, string chunk)
    {
        var trimmed = WhiteSpace().Replace(chunk, " ").Trim();
        var lead = LeadingPunctuation().Match(trimmed);
        if (lead.Success && sentences.Count > 0)
        {
            sentences[^1].Text.Append(lead.Value.TrimEnd());
        }

        trimmed = trimmed[lead.Length..];
        var parts = SentenceBreak().Split(trimmed);
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Any(char.IsLetterOrDigit))
            {
                sentences.Add((new StringBuilder(parts[i].Trim()), []));
            }
            else if (i == 0 && parts[i].Length > 0 && sentences.Count > 0)
            {
                sentences[^1].Text.Append(parts[i].Trim());
            }
        }
    }

    private static List<string> CitationIds(string run)
    {
        var ids = new List<string>();
        foreach (Match group in CitationGroup().Matches(run))
        {
            foreach (var id in group.Groups[1].Value.Split([',', ';']).Select(id => id.Trim()))
            {
                if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }
        }

        return ids;
    }

    /// <summary>One or more bracketed citation groups, with white space between and before them.</summary>
    [GeneratedRegex(@"(?:\s*\[[^\[\]]*\])+", RegexOptions.CultureInvariant)]
    private static partial Regex CitationRun();

    [GeneratedRegex(@"\[([^\[\]]*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex CitationGroup();

    [GeneratedRegex(@"^[.!?;:,)\]]+\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingPunctuation();

    /// <summary>A sentence ends at . ! or ? followed by space and something that can start a sentence.</summary>
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}\p{N}""“‘'„(])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
