using CooperationBot.Bot.Curators;
using CooperationBot.Bot.Storage;
using CooperationBot.Protocol.Invoke;
using CooperationBot.Protocol.Routing;
using CooperationBot.Protocol.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Answering;

/// <summary>Stores a thumbs-up/down vote with the question and answer ids of the rated message (no user identity).</summary>
public static class FeedbackHandler
{
    public static async Task<InvokeResponse> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Services;
        var logger = services.GetRequiredService<ILogger<Answerer>>();
        if (!FeedbackVote.TryParse(context.Activity, out var vote, out var error))
        {
            Log.FeedbackMalformed(logger, error!);
            return InvokeResponse.BadRequest(error!);
        }

        var store = services.GetRequiredService<IFeedbackStore>();
        var answer = vote!.RatedMessageId is null ? null : await store.FindAnswerAsync(vote.RatedMessageId, cancellationToken).ConfigureAwait(false);
        await store.RecordFeedbackAsync(
            new FeedbackRecord(
                vote.RatedMessageId,
                vote.Reaction,
                vote.Comment,
                answer?.Question,
                answer?.ItemIds ?? [],
                services.GetRequiredService<TimeProvider>().GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
        await services.GetRequiredService<GapRecorder>().RecordVoteAsync(vote.Reaction, vote.Comment, answer, cancellationToken).ConfigureAwait(false);
        Log.FeedbackRecorded(logger, vote.Reaction, answer is not null);
        return InvokeResponse.Ok();
    }
}
