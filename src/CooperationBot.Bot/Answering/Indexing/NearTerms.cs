namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>
/// Finds the terms within a few edits of a word (as <see cref="EditDistance"/> counts them: insertions, deletions,
/// substitutions and adjacent transpositions) without comparing the word with every term. The terms are sorted,
/// which makes them an implicit trie; a depth-first walk computes one edit-distance row per shared prefix and
/// leaves a branch once every value of its row exceeds the limit (no longer term can come back within it).
/// </summary>
internal sealed class NearTerms
{
    private const int MinLength = 3;

    private readonly string[] _sorted;

    public NearTerms(IEnumerable<string> terms)
    {
        _sorted = [.. terms.Where(t => t.Length >= MinLength)];
        Array.Sort(_sorted, StringComparer.Ordinal);
    }

    /// <summary>The terms of at least three letters that start with the word's first letter and are within <paramref name="maxEdits"/> edits, in ordinal order.</summary>
    public IReadOnlyList<string> Find(string word, int maxEdits)
    {
        var found = new List<string>();
        if (word.Length == 0)
        {
            return found;
        }

        var lo = Bound(0, _sorted.Length, 0, word[0], strict: false);
        var hi = Bound(lo, _sorted.Length, 0, word[0], strict: true);
        if (lo < hi)
        {
            var rows = new int[word.Length + maxEdits + 2][];
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = new int[word.Length + 1];
            }

            for (var j = 0; j <= word.Length; j++)
            {
                rows[0][j] = j;
            }

            Visit(lo, hi, 1, word, maxEdits, rows, found);
        }

        return found;
    }

    /// <summary>Visits the terms [lo, hi), which share their first <paramref name="depth"/> characters.</summary>
    private void Visit(int lo, int hi, int depth, string word, int maxEdits, int[][] rows, List<string> found)
    {
        var prefix = _sorted[lo];
        var row = Fill(rows, depth, prefix, word);
        if (prefix.Length == depth)
        {
            if (row[word.Length] <= maxEdits)
            {
                found.Add(prefix);
            }

            lo++;
        }

        if (row.Min() > maxEdits || depth + 1 >= rows.Length)
        {
            return;
        }

        while (lo < hi)
        {
            var end = Bound(lo, hi, depth, _sorted[lo][depth], strict: true);
            Visit(lo, end, depth + 1, word, maxEdits, rows, found);
            lo = end;
        }
    }

    /// <summary>The edit-distance row of the prefix of length <paramref name="depth"/> against every prefix of the word.</summary>
    private static int[] Fill(int[][] rows, int depth, string prefix, string word)
    {
        var c = prefix[depth - 1];
        var previous = rows[depth - 1];
        var row = rows[depth];
        row[0] = depth;
        for (var j = 1; j <= word.Length; j++)
        {
            var value = Math.Min(Math.Min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + (c == word[j - 1] ? 0 : 1));
            if (depth > 1 && j > 1 && c == word[j - 2] && prefix[depth - 2] == word[j - 1])
            {
                value = Math.Min(value, rows[depth - 2][j - 2] + 1);
            }

            row[j] = value;
        }

        return row;
    }

    /// <summary>The first index in [lo, hi) whose character at <paramref name="depth"/> is above (strict) or at least <paramref name="c"/>.</summary>
    private int Bound(int lo, int hi, int depth, char c, bool strict)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var at = _sorted[mid][depth];
            if (at < c || (strict && at == c))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
