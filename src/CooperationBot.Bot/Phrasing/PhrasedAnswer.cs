namespace CooperationBot.Bot.Phrasing;

/// <summary>A model-phrased answer that passed the <see cref="AnswerGuard"/>.</summary>
/// <param name="Sentences">The sentences, without citation markers, each with the item ids it cites.</param>
/// <param name="CitedIds">Every cited item id, in order of first citation: citation n is <c>CitedIds[n - 1]</c>.</param>
public sealed record PhrasedAnswer(IReadOnlyList<GuardedSentence> Sentences, IReadOnlyList<string> CitedIds)
{
    /// <summary>The citation number (1-based) of an item id.</summary>
    public int NumberOf(string id)
    {
        for (var i = 0; i < CitedIds.Count; i++)
        {
            if (CitedIds[i] == id)
            {
                return i + 1;
            }
        }

        throw new ArgumentException($"'{id}' is not cited.", nameof(id));
    }

    /// <summary>The answer as text with numbered citation markers, e.g. "Zin één. [1] Zin twee. [1][2]".</summary>
    public string ToMarkedText() => string.Join(" ", Sentences.Select(s => s.Text + " " + string.Concat(s.CitedIds.Select(id => $"[{NumberOf(id)}]"))));
}
