using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Cards;
using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Phrasing;

/// <summary>
/// Lets the model phrase an extractive answer from its own items, and shows the phrasing only when the
/// <see cref="AnswerGuard"/> finds nothing in it the cited items do not say. Every other outcome keeps the extractive
/// answer, with the reason logged and counted.
/// </summary>
public sealed class AnswerPhrasing
{
    private readonly IAnswerPhraser _phraser;
    private readonly PhrasingCounters _counters;
    private readonly ILogger<AnswerPhrasing> _logger;

    public AnswerPhrasing(IAnswerPhraser phraser, PhrasingCounters counters, ILogger<AnswerPhrasing> logger)
    {
        _phraser = phraser;
        _counters = counters;
        _logger = logger;
    }

    /// <summary>False when no model is configured: answers stay exactly as they were.</summary>
    public bool IsEnabled => _phraser is not NotConfiguredPhraser;

    /// <summary>The answer with its phrasing, or with the reason it keeps the extract.</summary>
    public async Task<AnswerResult> PhraseAsync(AnswerResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!IsEnabled || !result.Answered || result.Best is null)
        {
            return result;
        }

        var items = Items(result);
        var reply = await _phraser.PhraseAsync(new PhrasingRequest(result.Question, result.Language, items), cancellationToken).ConfigureAwait(false);
        if (!reply.Succeeded)
        {
            var failure = reply.Failure?.ToString() ?? nameof(PhrasingFailure.Empty);
            return result with { PhrasingFallback = failure };
        }

        var guard = AnswerGuard.Check(reply.Text!, items);
        if (!guard.Passed)
        {
            var kinds = string.Join(",", guard.Problems.Select(p => p.Kind).Distinct());
            _counters.RecordRejected();
            Log.PhrasingRejected(_logger, kinds, guard.Problems.Count);
            return result with { PhrasingFallback = "guard: " + kinds };
        }

        var cited = guard.Sentences.SelectMany(s => s.CitedIds).Distinct(StringComparer.Ordinal).ToArray();
        return result with { Phrased = new PhrasedAnswer(guard.Sentences, cited) };
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
