using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Tests.Answering;

/// <summary>One line of TestData/questions.tsv: a question and the ids that count as a correct top answer (none: refuse).</summary>
internal sealed record QuestionCase(UserLanguage Language, string Question, IReadOnlyList<string> Expected)
{
    public bool InScope => Expected.Count > 0;

    public static IReadOnlyList<QuestionCase> LoadAll() =>
        [.. File.ReadAllLines(TestKnowledge.TestDataPath("questions.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(Parse)];

    private static QuestionCase Parse(string line)
    {
        var columns = line.Split('\t');
        if (columns.Length != 3)
        {
            throw new FormatException($"questions.tsv: expected language, question and ids separated by tabs: {line}");
        }

        var language = columns[0] == "en" ? UserLanguage.English : UserLanguage.Dutch;
        IReadOnlyList<string> expected = columns[2] == "-" ? [] : columns[2].Split('|');
        return new QuestionCase(language, columns[1], expected);
    }
}
