using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Tests.Language;

/// <summary>One part of the short-question test set (<c>Language/ShortQuestions/*.tsv</c>): language and question per line.</summary>
internal static class ShortQuestionSet
{
    public static IReadOnlyList<(UserLanguage Expected, string Question)> Read(string part)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Language", "ShortQuestions", part + ".tsv");
        return [.. File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 2))
            .Select(fields => (fields[0] == "en" ? UserLanguage.English : UserLanguage.Dutch, fields[1]))];
    }
}
