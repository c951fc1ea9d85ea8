using CooperationBot.Bot.Answering.Indexing;
using CooperationBot.Bot.Language;

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

        return [.. TextWords.Of(question)
            .Where(word => !FunctionWords.Contains(word))
            .Distinct(StringComparer.Ordinal)];
    }
}
