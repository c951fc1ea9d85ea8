using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Cards;

namespace CooperationBot.Bot.Phrasing;

/// <summary>
/// Lets the model phrase an extractive answer from its own items (through the <see cref="GuardedPhraser"/>); every
/// outcome but a checked phrasing keeps the extractive answer, with the reason. A partly known question is phrased
/// from what is known: the model is told what is missing and not to answer it, and the guard rejects a phrasing that
/// does. A question that is not known is never phrased.
/// </summary>
public sealed class AnswerPhrasing
{
    private readonly GuardedPhraser _phraser;

    public AnswerPhrasing(GuardedPhraser phraser) => _phraser = phraser;

    /// <summary>False when no model is configured: answers stay exactly as they were.</summary>
    public bool IsEnabled => _phraser.IsEnabled;

    /// <summary>The answer (or what is known of a partly known question) with its phrasing, or with the reason it keeps the extract.</summary>
    public async Task<AnswerResult> PhraseAsync(AnswerResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!IsEnabled || result.Outcome is not (AnswerOutcome.Answered or AnswerOutcome.Partly) || result.Best is null)
        {
            return result;
        }

        if (result.Conflicts.Count > 0 || result.ReplacedBy.Count > 0 || result.Stand is not null)
        {
            // Differing sources, a replaced answer and "stand …" are said exactly as the extract says them: a model
            // phrasing one item would drop the other source or the date.
            return result with { PhrasingFallback = "over-time" };
        }

        var request = new PhrasingRequest(result.Question, result.Language, Items(result)) { Missing = result.Missing };
        var phrasing = await _phraser.PhraseAsync(request, cancellationToken).ConfigureAwait(false);
        return result with { Phrased = phrasing.Phrased, PhrasingFallback = phrasing.Fallback };
    }

    /// <summary>The answer's items as the model sees them: text in the answer's language, source line and date.</summary>
    public static IReadOnlyList<PhrasingItem> Items(AnswerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        AnswerItem[] items = result.Best is null ? [] : [result.Best, .. result.Related];
        return [.. items.Select(item => new PhrasingItem(
            item.Id,
            item.Text,
            SourceLine.For(item, result.Language),
            item.Document is { } document ? CardDates.Format(document.Date, result.Language) : null))];
    }
}
