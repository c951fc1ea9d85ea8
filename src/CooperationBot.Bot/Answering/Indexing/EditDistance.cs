namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>Edit distance with adjacent transpositions (as Lucene's fuzzy matching counts it), bounded.</summary>
internal static class EditDistance
{
    /// <summary>True when <paramref name="a"/> becomes <paramref name="b"/> in at most <paramref name="max"/> edits.</summary>
    public static bool Within(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return false;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return false;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length] <= max;
    }
}
