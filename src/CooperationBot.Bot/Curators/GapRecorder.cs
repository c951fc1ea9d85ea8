using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Storage;
using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Curators;

/// <summary>
/// Records the knowledge gaps the curators review: each refused question with its best candidates, each partly known
/// question with its missing part and the nearest item, each thumbs-down with its comment and the rated answer's
/// items. Never anything about who asked. A failure is logged, not thrown: the user's reply matters more than the
/// record.
/// </summary>
public sealed class GapRecorder(IKnowledgeGapStore store, TimeProvider time, ILogger<GapRecorder> logger)
{
    /// <summary>How many of a refused or partly known question's candidates are kept.</summary>
    public const int MaxCandidates = 3;

    /// <summary>The reaction of a thumbs-down vote.</summary>
    public const string DislikeReaction = "dislike";

    /// <summary>
    /// Records <paramref name="result"/> when it is a refusal ("not in my knowledge") or partly known ("that part is not
    /// in my knowledge", with the missing part and the nearest item as its first candidate); an answer is not a gap.
    /// </summary>
    public Task RecordAnswerAsync(AnswerResult result, string languageCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Answered)
        {
            return Task.CompletedTask;
        }

        var partly = result.Outcome == AnswerOutcome.Partly;
        IEnumerable<GapCandidate> nearest = partly && result.Best is { } known ? [new GapCandidate(known.Id, result.Confidence)] : [];
        var candidates = nearest
            .Concat(result.Candidates.Select(h => new GapCandidate(h.ItemId, h.Confidence)))
            .DistinctBy(c => c.ItemId, StringComparer.Ordinal)
            .Take(MaxCandidates)
            .Select(c => c with { Score = Math.Round(c.Score, 4) })
            .ToList();
        return RecordAsync(
            new KnowledgeGap(
                partly ? KnowledgeGapKind.PartlyKnown : KnowledgeGapKind.Unanswered,
                result.Question,
                languageCode,
                time.GetUtcNow(),
                candidates,
                null,
                [],
                partly && !string.IsNullOrWhiteSpace(result.NotKnown) ? result.NotKnown.Trim() : null),
            cancellationToken);
    }

    /// <summary>Records a vote when it is a thumbs-down, with the rated answer when the bot still knows it.</summary>
    public Task RecordVoteAsync(string reaction, string? comment, AnswerRecord? answer, CancellationToken cancellationToken)
    {
        if (!string.Equals(reaction, DislikeReaction, StringComparison.OrdinalIgnoreCase))
        {
            return Task.CompletedTask;
        }

        return RecordAsync(
            new KnowledgeGap(
                KnowledgeGapKind.DownVoted,
                answer?.Question,
                answer?.Language,
                time.GetUtcNow(),
                [],
                string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
                answer?.ItemIds ?? []),
            cancellationToken);
    }

    private async Task RecordAsync(KnowledgeGap gap, CancellationToken cancellationToken)
    {
        try
        {
            await store.RecordGapAsync(gap, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The reply is sent or the vote answered; a lost gap record must not become an error.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            Log.GapNotRecorded(logger, exception, gap.Kind);
        }
    }
}
