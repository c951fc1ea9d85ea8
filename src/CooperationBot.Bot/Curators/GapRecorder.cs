using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Storage;
using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Curators;

/// <summary>
/// Records the knowledge gaps the curators review: each refused question with its best candidates, each thumbs-down
/// with its comment and the rated answer's items. Never anything about who asked. A failure is logged, not thrown:
/// the user's reply matters more than the record.
/// </summary>
public sealed class GapRecorder(IKnowledgeGapStore store, TimeProvider time, ILogger<GapRecorder> logger)
{
    /// <summary>How many of a refused question's candidates are kept.</summary>
    public const int MaxCandidates = 3;

    /// <summary>The reaction of a thumbs-down vote.</summary>
    public const string DislikeReaction = "dislike";

    /// <summary>Records <paramref name="result"/> when it is a refusal ("not in my knowledge"); an answer is not a gap.</summary>
    public Task RecordAnswerAsync(AnswerResult result, string languageCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Answered)
        {
            return Task.CompletedTask;
        }

        var candidates = result.Candidates.Take(MaxCandidates).Select(h => new GapCandidate(h.ItemId, Math.Round(h.Confidence, 4))).ToList();
        return RecordAsync(
            new KnowledgeGap(KnowledgeGapKind.Unanswered, result.Question, languageCode, time.GetUtcNow(), candidates, null, []),
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
