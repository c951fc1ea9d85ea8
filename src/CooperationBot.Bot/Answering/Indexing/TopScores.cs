using Lucene.Net.Search;

namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>The n best (score, document) pairs offered in ascending document order: a later equal score does not enter.</summary>
internal sealed class TopScores(int n)
{
    private readonly List<ScoreDoc> _best = new(n + 1);

    public bool IsFull => _best.Count >= n;

    /// <summary>The score a document must exceed to enter once full.</summary>
    public float Threshold => _best[^1].Score;

    public void Offer(float score, int doc)
    {
        if (n <= 0 || (IsFull && score <= Threshold))
        {
            return;
        }

        var at = _best.Count;
        while (at > 0 && _best[at - 1].Score < score)
        {
            at--;
        }

        _best.Insert(at, new ScoreDoc(doc, score));
        if (_best.Count > n)
        {
            _best.RemoveAt(_best.Count - 1);
        }
    }

    public ScoreDoc[] ToArray() => [.. _best];
}
