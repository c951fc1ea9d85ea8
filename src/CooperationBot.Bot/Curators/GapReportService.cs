using CooperationBot.Bot.Storage;

namespace CooperationBot.Bot.Curators;

/// <summary>Makes the <see cref="GapReport"/> from the store, for the CLI and the chat command.</summary>
public sealed class GapReportService(IKnowledgeGapStore store, TimeProvider time)
{
    /// <summary>The report of the gaps since <paramref name="since"/> (all kept when null).</summary>
    public async Task<GapReport> CreateAsync(DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var gaps = await store.ListGapsAsync(since, cancellationToken).ConfigureAwait(false);
        return GapReportBuilder.Build(gaps, since, time.GetUtcNow());
    }
}
