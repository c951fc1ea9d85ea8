namespace CooperationBot.Bot.Phrasing;

/// <summary>The phraser when no Azure OpenAI deployment is configured: always <see cref="PhrasingFailure.NotConfigured"/>.</summary>
public sealed class NotConfiguredPhraser(PhrasingCounters counters) : IAnswerPhraser
{
    private static readonly Task<PhrasingReply> NotConfigured = Task.FromResult(PhrasingReply.Failed(PhrasingFailure.NotConfigured));

    public Task<PhrasingReply> PhraseAsync(PhrasingRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        counters.Record(PhrasingFailure.NotConfigured);
        return NotConfigured;
    }
}
