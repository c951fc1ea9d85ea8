namespace CooperationBot.Benchmarks.Tests;

/// <summary>
/// Speed work must not change answers: 300 synthetic questions against 2,000 synthetic items, compared line by line
/// with the output recorded before the answering code was first sped up (<c>-- answers 2000 file --questions 300</c>).
/// </summary>
public sealed class AnswersCommandTests
{
    private const string Recorded = "TestData/answers-2000-items-300-questions.txt";

    [Fact]
    public void Answers_TwoThousandItems_SameAsRecorded()
    {
        var expected = Lines(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, Recorded)));

        var actual = Lines(AnswersCommand.Answers(2_000, 300));

        Assert.Equal(300, expected.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(expected[i] == actual[i], $"question {i + 1}:{Environment.NewLine}expected {expected[i]}{Environment.NewLine}actual   {actual[i]}");
        }

        Assert.Equal(expected.Length, actual.Length);
    }

    private static string[] Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
