using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Phrasing;

/// <summary>
/// Asks the model to phrase a request and keeps the reply only when the <see cref="AnswerGuard"/> finds nothing in it
/// the cited items do not say; every other outcome is a fallback reason, and a rejection is logged and counted.
/// Answers and visit summaries both phrase through this.
/// </summary>
public sealed class GuardedPhraser
{
    private readonly IAnswerPhraser _phraser;
    private readonly PhrasingCounters _counters;
    private readonly ILogger<GuardedPhraser> _logger;

    public GuardedPhraser(IAnswerPhraser phraser, PhrasingCounters counters, ILogger<GuardedPhraser> logger)
    {
        _phraser = phraser;
        _counters = counters;
        _logger = logger;
    }

    /// <summary>False when no model is configured: nothing is phrased.</summary>
    public bool IsEnabled => _phraser is not NotConfiguredPhraser;

    public async Task<GuardedPhrasing> PhraseAsync(PhrasingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reply = await _phraser.PhraseAsync(request, cancellationToken).ConfigureAwait(false);
        if (!reply.Succeeded)
        {
            return new GuardedPhrasing(null, reply.Failure?.ToString() ?? nameof(PhrasingFailure.Empty));
        }

        var guard = AnswerGuard.Check(reply.Text!, request.Items, request.Missing);
        if (!guard.Passed)
        {
            var kinds = string.Join(",", guard.Problems.Select(p => p.Kind).Distinct());
            _counters.RecordRejected();
            Log.PhrasingRejected(_logger, kinds, guard.Problems.Count);
            return new GuardedPhrasing(null, "guard: " + kinds);
        }

        var cited = guard.Sentences.SelectMany(s => s.CitedIds).Distinct(StringComparer.Ordinal).ToArray();
        return new GuardedPhrasing(new PhrasedAnswer(guard.Sentences, cited), null);
    }
}
