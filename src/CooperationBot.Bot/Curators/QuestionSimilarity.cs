using CooperationBot.Bot.Answering.Indexing;

namespace CooperationBot.Bot.Curators;

/// <summary>
/// How alike two questions' <see cref="QuestionTokens"/> are: the Jaccard index of the two word sets, where two words
/// are the same word when they are equal, share their first six letters (<c>marokkanen</c>, <c>marokko</c>), or
/// differ by a typo (one edit, two from eight letters). Numbers must be equal.
/// </summary>
public static class QuestionSimilarity
{
    private const int StemLength = 6;

    /// <summary>From 0 (no word alike) to 1 (the same words); 0 when either has no words.</summary>
    public static double Of(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var used = new bool[b.Count];
        var matched = 0;
        foreach (var word in a)
        {
            for (var j = 0; j < b.Count; j++)
            {
                if (!used[j] && SameWord(word, b[j]))
                {
                    used[j] = true;
                    matched++;
                    break;
                }
            }
        }

        return (double)matched / (a.Count + b.Count - matched);
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> count as one word (see the class remarks).</summary>
    public static bool SameWord(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        if (a.Any(char.IsDigit) || b.Any(char.IsDigit))
        {
            return false;
        }

        var shorter = Math.Min(a.Length, b.Length);
        if (shorter >= StemLength && a.AsSpan(0, StemLength).SequenceEqual(b.AsSpan(0, StemLength)))
        {
            return true;
        }

        return shorter >= 4 && EditDistance.Within(a, b, shorter >= 8 ? 2 : 1);
    }
}
