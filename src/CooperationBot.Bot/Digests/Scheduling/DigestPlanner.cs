namespace CooperationBot.Bot.Digests.Scheduling;

/// <summary>
/// Decides which subscribers are due a digest and when the scheduler should wake up next. After downtime a
/// subscriber is due once, for the latest missed occurrence, not once per missed day. Subscriptions whose time zone
/// the machine does not know are left out (validate with <see cref="DigestSchedule.TryResolveTimeZone"/> when
/// subscribing).
/// </summary>
public static class DigestPlanner
{
    /// <summary>
    /// The active subscriptions due at <paramref name="now"/>: the latest occurrence is at or after the moment they
    /// subscribed and falls on a later local date than their last digest. Ordered by due time.
    /// </summary>
    public static IReadOnlyList<DueDigest> FindDue(IEnumerable<DigestSubscription> subscriptions, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        var due = new List<DueDigest>();
        foreach (var subscription in Schedulable(subscriptions))
        {
            var preferences = subscription.Preferences;
            if (DigestSchedule.LatestDue(preferences, now) is not { } dueAt || dueAt < subscription.CreatedAt)
            {
                continue;
            }

            var date = DigestSchedule.LocalDate(preferences, dueAt);
            if (subscription.LastDigestDate is null || subscription.LastDigestDate < date)
            {
                due.Add(new DueDigest(subscription, date, dueAt));
            }
        }

        due.Sort(static (a, b) => a.DueAt.CompareTo(b.DueAt));
        return due;
    }

    /// <summary>The earliest next occurrence after <paramref name="now"/> over the active subscriptions, or null.</summary>
    public static DateTimeOffset? NextWakeUp(IEnumerable<DigestSubscription> subscriptions, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        DateTimeOffset? earliest = null;
        foreach (var subscription in Schedulable(subscriptions))
        {
            var next = DigestSchedule.NextDue(subscription.Preferences, now);
            if (earliest is null || next < earliest)
            {
                earliest = next;
            }
        }

        return earliest;
    }

    private static IEnumerable<DigestSubscription> Schedulable(IEnumerable<DigestSubscription> subscriptions) =>
        subscriptions.Where(static s =>
            s.State == SubscriptionState.Active && DigestSchedule.TryResolveTimeZone(s.Preferences.TimeZoneId, out _));
}
