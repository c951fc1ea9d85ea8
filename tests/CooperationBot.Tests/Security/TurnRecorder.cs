using System.Collections.Concurrent;
using CooperationBot.Protocol;
using CooperationBot.Protocol.Routing;

namespace CooperationBot.Tests.Security;

/// <summary>
/// Handlers that record every turn they run, to prove that a rejected request ran none. A message is answered
/// with <see cref="ReplyText"/>, so an accepted turn also shows up at the connector (or in an expectReplies body).
/// </summary>
internal sealed class TurnRecorder
{
    public const string ReplyText = "handled";

    private readonly ConcurrentQueue<Activity> _turns = new();

    /// <summary>The activities the handlers ran for, in order.</summary>
    public IReadOnlyList<Activity> Turns => [.. _turns];

    public ActivityRouter CreateRouter() => new ActivityRouter()
        .OnMessage(async (context, cancellationToken) =>
        {
            _turns.Enqueue(context.Activity);
            await context.SendTextAsync(ReplyText, cancellationToken);
        })
        .OnConversationUpdate(RecordAsync)
        .OnInstallationUpdate(RecordAsync);

    private Task RecordAsync(TurnContext context, CancellationToken cancellationToken)
    {
        _turns.Enqueue(context.Activity);
        return Task.CompletedTask;
    }
}
