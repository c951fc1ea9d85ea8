namespace CooperationBot.Testing.Knowledge;

/// <summary>
/// One question about the made-up knowledge that grows over time (tests/CooperationBot.Bot.Tests/Knowledge/TestData/Growing),
/// with what the answer must show: the outcome, the item given, its value and date, its history, conflicts, stand and
/// successor. Read from <c>questions.tsv</c> beside the knowledge file; '-' is empty.
/// </summary>
public sealed record GrowingQuestion(
    string Question,
    string Outcome,
    string? ItemId,
    decimal? Value,
    string? AsOf,
    IReadOnlyList<string> History,
    IReadOnlyList<string> Conflicts,
    string? Stand,
    IReadOnlyList<string> ReplacedBy)
{
    /// <summary>The folder of the growing knowledge in the repository.</summary>
    public static string Folder => Path.Combine(RepositoryRoot.Directory.FullName, "tests", "CooperationBot.Bot.Tests", "Knowledge", "TestData", "Growing");

    /// <summary>Every question of the set, in file order.</summary>
    public static IReadOnlyList<GrowingQuestion> All() =>
        [.. File.ReadLines(Path.Combine(Folder, "questions.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(Parse)];

    public override string ToString() => Question;

    private static GrowingQuestion Parse(string line)
    {
        var cells = line.Split('\t');
        if (cells.Length != 9)
        {
            throw new FormatException($"questions.tsv: expected 9 tab-separated cells: {line}");
        }

        return new GrowingQuestion(
            cells[0],
            cells[1],
            Optional(cells[2]),
            Optional(cells[3]) is { } value ? decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : null,
            Optional(cells[4]),
            List(cells[5]),
            List(cells[6]),
            Optional(cells[7]),
            List(cells[8]));
    }

    private static string? Optional(string cell) => cell == "-" ? null : cell;

    private static IReadOnlyList<string> List(string cell) => cell == "-" ? [] : cell.Split(',');
}
