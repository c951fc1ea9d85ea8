using System.Globalization;
using System.Text;
using CooperationBot.Bot.Answering.Indexing;

namespace CooperationBot.Bot.Curators;

/// <summary>
/// A question reduced to the words that carry its subject, for grouping: lower-case, without diacritics and
/// punctuation, without the Dutch and English stop and question words; distinct, in order of first use.
/// </summary>
public static class QuestionTokens
{
    public static IReadOnlyList<string> Of(string? question)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return [];
        }

        var plain = new StringBuilder(question.Length);
        foreach (var c in question.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            plain.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return [.. plain.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !FunctionWords.Contains(word))
            .Distinct(StringComparer.Ordinal)];
    }
}
