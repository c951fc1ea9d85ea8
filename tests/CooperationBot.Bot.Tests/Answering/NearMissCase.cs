using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Tests.Answering;

/// <summary>
/// One line of TestData/near-miss.tsv or near-miss-heldout.tsv: a question, its right outcome, and for a near-miss
/// the words of the missing part (any one of them is enough), for an answer the ids that count as correct.
/// </summary>
internal sealed record NearMissCase(UserLanguage Language, string Question, AnswerOutcome Outcome, IReadOnlyList<string> Expected, string Class)
{
    /// <summary>The tuned part: the checks were written and adjusted against it.</summary>
    public const string TunedFile = "near-miss.tsv";

    /// <summary>The held-out part: written before the checks, never tuned on; only measured.</summary>
    public const string HeldOutFile = "near-miss-heldout.tsv";

    public bool IsNearMiss => Outcome != AnswerOutcome.Answered;

    public static IReadOnlyList<NearMissCase> Load(string file) =>
        [.. File.ReadAllLines(TestKnowledge.TestDataPath(file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => Parse(file, line))];

    private static NearMissCase Parse(string file, string line)
    {
        var columns = line.Split('\t');
        if (columns.Length != 5)
        {
            throw new FormatException($"{file}: expected language, question, outcome, expected and class separated by tabs: {line}");
        }

        var outcome = columns[2] switch
        {
            "answered" => AnswerOutcome.Answered,
            "partly" => AnswerOutcome.Partly,
            "notKnown" => AnswerOutcome.NotKnown,
            _ => throw new FormatException($"{file}: unknown outcome '{columns[2]}': {line}"),
        };
        var language = columns[0] == "en" ? UserLanguage.English : UserLanguage.Dutch;
        return new NearMissCase(language, columns[1], outcome, columns[3].Split('|'), columns[4]);
    }
}
