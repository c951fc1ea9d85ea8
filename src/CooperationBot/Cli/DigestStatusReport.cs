using System.Globalization;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Storage;

namespace CooperationBot.Host.Cli;

/// <summary>What <c>digest status</c> prints: the subscribers, their last delivery and failures, and the outbox totals.</summary>
public sealed record DigestStatusReport(IReadOnlyList<DigestStatusReport.Subscriber> Subscribers, IReadOnlyDictionary<string, int> Outbox)
{
    /// <summary>Failures shown per subscriber.</summary>
    private const int RecentEntries = 5;

    public static async Task<DigestStatusReport> LoadAsync(IDigestStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var subscribers = new List<Subscriber>();
        foreach (var subscription in await store.ListSubscriptionsAsync(cancellationToken).ConfigureAwait(false))
        {
            var recent = await store.ListOutboxAsync(subscription.SubscriberId, RecentEntries, cancellationToken).ConfigureAwait(false);
            subscribers.Add(Subscriber.From(subscription, recent));
        }

        var counts = await store.CountOutboxAsync(cancellationToken).ConfigureAwait(false);
        return new DigestStatusReport(
            subscribers,
            Enum.GetValues<OutboxState>().ToDictionary(s => s.ToString(), s => counts.GetValueOrDefault(s)));
    }

    public async Task WriteTextAsync(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync($"{Subscribers.Count} subscribers; outbox: {string.Join(", ", Outbox.Select(c => $"{c.Key} {c.Value}"))}")
            .ConfigureAwait(false);
        foreach (var s in Subscribers)
        {
            await output.WriteLineAsync(
                $"{s.SubscriberId}  {s.State}  {s.Time} {s.Days} {s.TimeZone} {s.Language}  last digest {s.LastDigestDate ?? "-"}  delivered {s.LastDeliveredAt ?? "-"}"
                + (s.ParkedReason is null ? "" : $"  parked: {s.ParkedReason}")).ConfigureAwait(false);
            foreach (var problem in s.Problems)
            {
                await output.WriteLineAsync($"    {problem.DigestDate} {problem.State}: {problem.Reason}").ConfigureAwait(false);
            }
        }
    }

    /// <summary>One subscriber, as printed.</summary>
    public sealed record Subscriber(
        string SubscriberId,
        string Kind,
        string State,
        string Time,
        string Days,
        string TimeZone,
        string Language,
        bool SendWhenUnchanged,
        string? LastDigestDate,
        string? LastDeliveredAt,
        string? ParkedReason,
        string? ParkedAt,
        IReadOnlyList<Problem> Problems)
    {
        public static Subscriber From(DigestSubscription subscription, IReadOnlyList<OutboxEntry> recent)
        {
            ArgumentNullException.ThrowIfNull(subscription);
            ArgumentNullException.ThrowIfNull(recent);
            var preferences = subscription.Preferences;
            return new Subscriber(
                subscription.SubscriberId,
                subscription.IsPersonal ? "person" : "channel",
                subscription.State.ToString(),
                preferences.Time.ToString("HH:mm", CultureInfo.InvariantCulture),
                preferences.Days.ToString(),
                preferences.TimeZoneId,
                preferences.Language == Bot.Language.UserLanguage.English ? "en" : "nl",
                preferences.SendWhenUnchanged,
                subscription.LastDigestDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                subscription.LastDeliveredAt?.ToString("O", CultureInfo.InvariantCulture),
                subscription.ParkedReason,
                subscription.ParkedAt?.ToString("O", CultureInfo.InvariantCulture),
                [.. recent.Where(e => e.State is OutboxState.Failed or OutboxState.InDoubt or OutboxState.Parked or OutboxState.Pending)
                    .Select(e => new Problem(
                        e.DigestDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        e.State.ToString(),
                        e.Attempts,
                        e.LastStatus,
                        e.LastError ?? (e.State == OutboxState.Pending ? "waiting to be sent" : null)))]);
        }
    }

    /// <summary>An outbox entry that is not (yet) delivered.</summary>
    public sealed record Problem(string DigestDate, string State, int Attempts, int? LastStatus, string? Reason);
}
