using System.Collections.Frozen;

namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>
/// Splits a paragraph into sentences (Dutch and English): after '.', '!' or '?' (and a closing quote or bracket)
/// when white space and a capital, digit or opening quote follow; never after an abbreviation ("o.a.", "dhr.",
/// "e.g.") or an initial ("J."), and never inside a number ("1.250"). Each sentence is an exact substring.
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "o.a.", "dhr.", "mevr.", "mr.", "dr.", "drs.", "ir.", "ing.", "prof.", "bijv.", "bv.", "m.b.t.", "t.a.v.", "i.v.m.",
        "e.d.", "enz.", "etc.", "jl.", "nr.", "art.", "ca.", "d.w.z.", "z.g.", "zgn.", "resp.", "vs.", "min.", "st.",
        "mrs.", "ms.", "e.g.", "i.e.", "no.", "jr.", "sr.", "gen.", "inc.", "ltd.",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private const string ClosingMarks = "\"'”’)]";
    private const string OpeningMarks = "\"'“‘„(";

    public static IReadOnlyList<string> Split(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (paragraph[i] is not ('.' or '!' or '?'))
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraph.Length && ClosingMarks.Contains(paragraph[end], StringComparison.Ordinal))
            {
                end++;
            }

            if (end >= paragraph.Length || !char.IsWhiteSpace(paragraph[end]))
            {
                continue;
            }

            var next = end;
            while (next < paragraph.Length && char.IsWhiteSpace(paragraph[next]))
            {
                next++;
            }

            if (next >= paragraph.Length || !StartsSentence(paragraph[next]) || (paragraph[i] == '.' && IsAbbreviation(paragraph, start, i)))
            {
                continue;
            }

            Add(paragraph[start..end]);
            start = next;
            i = next - 1;
        }

        Add(paragraph[start..]);
        return sentences;

        void Add(string sentence)
        {
            if (sentence.Trim().Length > 0)
            {
                sentences.Add(sentence.Trim());
            }
        }
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || OpeningMarks.Contains(c, StringComparison.Ordinal);

    /// <summary>Whether the word ending with the period at <paramref name="period"/> is an abbreviation or an initial.</summary>
    private static bool IsAbbreviation(string text, int start, int period)
    {
        var wordStart = period;
        while (wordStart > start && !char.IsWhiteSpace(text[wordStart - 1]) && !OpeningMarks.Contains(text[wordStart - 1], StringComparison.Ordinal))
        {
            wordStart--;
        }

        var word = text[wordStart..(period + 1)];
        return Abbreviations.Contains(word) || (word.Length == 2 && char.IsUpper(word[0]));
    }
}
