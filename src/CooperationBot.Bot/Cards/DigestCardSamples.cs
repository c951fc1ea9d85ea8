using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Content;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Knowledge.Timeline;
using CooperationBot.Bot.Language;
using CooperationBot.Protocol.Proactive;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// The digest cards of <see cref="CardCatalog"/>, with realistic sample data: a digest built from the knowledge
/// against a baseline that lacks a few of its items and has another in an older form, so every kind of line shows.
/// When the knowledge changes over time, one more digest shows it: against a baseline without the newest value of
/// each series and without the items that supersede others, so a series change and a replacement show.
/// </summary>
internal static class DigestCardSamples
{
    private static readonly DateTimeOffset Subscribed = new(2023, 2, 1, 9, 0, 0, TimeSpan.FromHours(1));

    public static IEnumerable<(string Name, AdaptiveCard Card)> For(KnowledgeSnapshot snapshot, UserLanguage language)
    {
        var code = CardParts.Code(language);
        var knowledge = snapshot.Knowledge;
        var date = knowledge.Visits.Count > 0 ? knowledge.Visits.Max(v => v.Date) : new DateOnly(2023, 2, 21);
        var hashes = KnowledgeItemHashes.Compute(knowledge);
        var baseline = hashes.ToDictionary(StringComparer.Ordinal);
        foreach (var id in new[] { knowledge.Facts.FirstOrDefault()?.Id, knowledge.Figures.FirstOrDefault()?.Id, knowledge.Quotes.FirstOrDefault()?.Id }.OfType<string>())
        {
            baseline.Remove(id);
        }

        foreach (var id in new[] { knowledge.Facts.Skip(1).FirstOrDefault()?.Id, knowledge.Visits.FirstOrDefault()?.Id }.OfType<string>())
        {
            baseline[id] = "0000000000000000";
        }

        baseline["removed-sample"] = "0000000000000000";
        var since = date.AddDays(-1);
        yield return ($"digest.{code}", DigestCard.Create(DigestContentBuilder.Build(snapshot, hashes, baseline, date, "000000000000"), language));
        if (OverTime(knowledge, hashes) is { } overTime)
        {
            yield return ($"digest-over-time.{code}", DigestCard.Create(DigestContentBuilder.Build(snapshot, hashes, overTime, date, "000000000000"), language));
        }

        yield return ($"digest-first.{code}", DigestCard.Create(DigestContentBuilder.Build(snapshot, hashes, null, date), language));
        yield return ($"digest-no-changes.{code}", DigestNoChangesCard.Create(date, snapshot.Version, since, language));
        yield return ($"digest-welcome.{code}", DigestWelcomeCard.Create(DigestOverviewBuilder.Build(snapshot, date), language));

        var preferences = DigestPreferences.Default(language);
        var next = new DateTimeOffset(date.AddDays(1).ToDateTime(preferences.Time), TimeSpan.FromHours(1));
        yield return ($"digest-settings.{code}", DigestSettingsCard.Create(preferences, subscribed: true, isChannel: false, language));
        yield return ($"digest-settings-channel.{code}", DigestSettingsCard.Create(
            preferences with { Time = new TimeOnly(8, 30), Days = DigestDays.EveryDay, TimeZoneId = "Africa/Casablanca" }, subscribed: false, isChannel: true, language));
        yield return ($"digest-status.{code}", DigestStatusCard.Create(Subscription(preferences, date), [], next, language));
        yield return ($"digest-status-parked.{code}", DigestStatusCard.Create(
            Subscription(preferences, date) with
            {
                State = SubscriptionState.Parked,
                ParkedReason = "403 ConversationBlockedByUser from the connector",
                ParkedAt = next,
            },
            [Entry(date, OutboxState.Parked, "403 ConversationBlockedByUser"), Entry(since, OutboxState.InDoubt, "The sender stopped while the message was being sent.")],
            null,
            language));
        yield return ($"digest-status-none.{code}", DigestStatusCard.Create(null, [], null, language));
        yield return ($"digest-subscribed.{code}", DigestConfirmationCard.Subscribed(preferences, next, isChannel: false, language));
        yield return ($"digest-unsubscribed.{code}", DigestConfirmationCard.Unsubscribed(isChannel: true, language));
    }

    /// <summary>
    /// The hashes without the newest value of every series that has an older one and without every item that
    /// supersedes another; null when the knowledge has neither.
    /// </summary>
    private static Dictionary<string, string>? OverTime(KnowledgeBase knowledge, IReadOnlyDictionary<string, string> hashes)
    {
        var timeline = new KnowledgeTimeline(knowledge);
        var newest = timeline.Measures.Select(timeline.Series).Where(series => series.Select(f => f.AsOf).Distinct().Count() > 1).Select(series => series[0].Id);
        var superseding = knowledge.Facts.Concat<ISupersedingItem>(knowledge.Figures).Concat(knowledge.Quotes).Concat(knowledge.People)
            .Where(item => item.Supersedes.Count > 0)
            .Select(item => item.Id);
        var left = newest.Concat(superseding).ToHashSet(StringComparer.Ordinal);
        return left.Count == 0 ? null : hashes.Where(pair => !left.Contains(pair.Key)).ToDictionary(StringComparer.Ordinal);
    }

    private static DigestSubscription Subscription(DigestPreferences preferences, DateOnly date) => new()
    {
        SubscriberId = DigestSubscription.PersonalKey("tenant-sample", "29:user-sample"),
        Target = new ConversationReference(
            "a:conversation-sample", "https://smba.trafficmanager.net/emea/", "msteams", ConversationReference.Personal, "tenant-sample", "28:bot-sample", "29:user-sample", "nl-NL"),
        Preferences = preferences,
        BaselineVersion = "000000000000",
        LastDigestDate = date,
        LastDeliveredAt = new DateTimeOffset(date.ToDateTime(preferences.Time), TimeSpan.FromHours(1)),
        CreatedAt = Subscribed,
        UpdatedAt = Subscribed,
    };

    private static OutboxEntry Entry(DateOnly date, OutboxState state, string error) => new()
    {
        SubscriberId = DigestSubscription.PersonalKey("tenant-sample", "29:user-sample"),
        DigestDate = date,
        KnowledgeVersion = "000000000000",
        ActivityJson = "{}",
        State = state,
        Attempts = 1,
        LastError = error,
        NextAttemptAt = Subscribed,
        CreatedAt = Subscribed,
    };
}
