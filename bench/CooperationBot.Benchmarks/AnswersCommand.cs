using System.Globalization;
using System.Text;
using CooperationBot.Benchmarks.Synthetic;

namespace CooperationBot.Benchmarks;

/// <summary>
/// <c>answers &lt;items&gt; &lt;out-file&gt; [--questions N]</c>: answers the synthetic question mix and writes one line per
/// question (answered, best id, confidence, related ids, not-known part), so that two versions of the answering code
/// can be compared with <c>diff</c>: a speed-up must leave every line the same.
/// </summary>
internal static class AnswersCommand
{
    public static int Run(string[] args)
    {
        var items = int.Parse(args[0], CultureInfo.InvariantCulture);
        var at = Array.IndexOf(args, "--questions");
        var count = at >= 0 ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 5_000;
        File.WriteAllText(args[1], Answers(items, count));
        return 0;
    }

    /// <summary>The answer lines of the first <paramref name="count"/> synthetic questions against <paramref name="items"/> synthetic items.</summary>
    public static string Answers(int items, int count)
    {
        var snapshot = Measure.Snapshot(items);
        using var answerer = Measure.Answerer(snapshot);
        var output = new StringBuilder();
        foreach (var question in SyntheticQuestions.Mix(snapshot.Knowledge, count, Measure.DefaultSeed))
        {
            var result = answerer.Answer(question.Text, question.Language);
            output.Append(CultureInfo.InvariantCulture, $"{question.Text}\t{result.Answered}\t{result.Best?.Id}\t{result.Confidence:R}\t")
                .AppendJoin(',', result.Related.Select(r => r.Id))
                .Append(CultureInfo.InvariantCulture, $"\t{result.NotKnown}\t{result.OutOfScope}")
                .AppendLine();
        }

        return output.ToString();
    }
}
