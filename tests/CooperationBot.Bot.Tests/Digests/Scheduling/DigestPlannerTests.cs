using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Scheduling;
using Microsoft.Extensions.Time.Testing;
using static CooperationBot.Bot.Tests.Digests.Scheduling.TestSubscriptions;

namespace CooperationBot.Bot.Tests.Digests.Scheduling;

public class DigestPlannerTests
{
    private static readonly DateTimeOffset LongAgo = Utc(2025, 12, 1, 0);

    [Fact]
    public void FindDue_LastDigestThreeDaysAgoAfterTodaysTime_OneDueToday()
    {
        var subscription = Create("u1", Preferences(7, 0), LongAgo, lastDigestDate: new DateOnly(2026, 1, 12));

        var due = Assert.Single(DigestPlanner.FindDue([subscription], Utc(2026, 1, 15, 10)));

        Assert.Same(subscription, due.Subscription);
        Assert.Equal(new DateOnly(2026, 1, 15), due.DigestDate);
        Assert.Equal(Utc(2026, 1, 15, 6), due.DueAt);
    }

    [Fact]
    public void FindDue_LastDigestThreeDaysAgoBeforeTodaysTime_OneDueForPreviousOccurrence()
    {
        var subscription = Create("u1", Preferences(7, 0), LongAgo, lastDigestDate: new DateOnly(2026, 1, 12));

        var due = Assert.Single(DigestPlanner.FindDue([subscription], Utc(2026, 1, 15, 5)));

        Assert.Equal(new DateOnly(2026, 1, 14), due.DigestDate);
        Assert.Equal(Utc(2026, 1, 14, 6), due.DueAt);
    }

    [Fact]
    public void FindDue_AlreadyHadTodaysDigest_NotDue()
    {
        var subscription = Create("u1", Preferences(7, 0), LongAgo, lastDigestDate: new DateOnly(2026, 1, 15));

        Assert.Empty(DigestPlanner.FindDue([subscription], Utc(2026, 1, 15, 23)));
    }

    [Fact]
    public void FindDue_NeverHadDigestSubscribedBeforeTime_Due()
    {
        var subscription = Create("u1", Preferences(7, 0), Utc(2026, 1, 15, 5, 59));

        var due = Assert.Single(DigestPlanner.FindDue([subscription], Utc(2026, 1, 15, 6)));

        Assert.Equal(new DateOnly(2026, 1, 15), due.DigestDate);
    }

    [Fact]
    public void FindDue_SubscribedAfterTodaysTime_NotDueUntilTomorrow()
    {
        var time = new FakeTimeProvider(Utc(2026, 1, 15, 10));
        var subscription = Create("u1", Preferences(7, 0), Utc(2026, 1, 15, 8));

        Assert.Empty(DigestPlanner.FindDue([subscription], time.GetUtcNow()));

        time.Advance(TimeSpan.FromHours(20));

        Assert.Equal(new DateOnly(2026, 1, 16), Assert.Single(DigestPlanner.FindDue([subscription], time.GetUtcNow())).DigestDate);
    }

    [Fact]
    public void FindDue_Parked_NeverDue()
    {
        var parked = Create("u1", Preferences(7, 0), LongAgo, state: SubscriptionState.Parked);

        Assert.Empty(DigestPlanner.FindDue([parked], Utc(2026, 1, 15, 10)));
        Assert.Null(DigestPlanner.NextWakeUp([parked], Utc(2026, 1, 15, 10)));
    }

    [Fact]
    public void FindDue_UnknownTimeZone_LeftOut()
    {
        var lost = Create("u1", Preferences(7, 0, zone: "Europe/Atlantis"), LongAgo);
        var fine = Create("u2", Preferences(7, 0), LongAgo);

        var due = Assert.Single(DigestPlanner.FindDue([lost, fine], Utc(2026, 1, 15, 10)));

        Assert.Same(fine, due.Subscription);
        Assert.Equal(Utc(2026, 1, 16, 6), DigestPlanner.NextWakeUp([lost, fine], Utc(2026, 1, 15, 10)));
    }

    [Fact]
    public void FindDue_TwoTimeZones_EachDueAtItsOwnTime()
    {
        var time = new FakeTimeProvider(Utc(2026, 1, 12, 10));
        var friday = new DateOnly(2026, 1, 9);
        var amsterdam = Create("ams", Preferences(7, 0), LongAgo, friday);
        var newYork = Create("nyc", Preferences(7, 0, zone: "America/New_York"), LongAgo, friday);

        var dueAtTen = DigestPlanner.FindDue([amsterdam, newYork], time.GetUtcNow());
        time.Advance(TimeSpan.FromHours(2));
        var dueAtNoon = DigestPlanner.FindDue([amsterdam, newYork], time.GetUtcNow());

        Assert.Same(amsterdam, Assert.Single(dueAtTen).Subscription);
        Assert.Equal(["ams", "nyc"], dueAtNoon.Select(d => d.Subscription.Target.UserId));
        Assert.All(dueAtNoon, d => Assert.Equal(new DateOnly(2026, 1, 12), d.DigestDate));
    }

    [Fact]
    public void FindDue_Saturday_WeekdaysSkippedEveryDayDue()
    {
        var friday = new DateOnly(2026, 1, 16);
        var weekdays = Create("wd", Preferences(7, 0), LongAgo, friday);
        var everyDay = Create("ed", Preferences(7, 0, DigestDays.EveryDay), LongAgo, friday);

        var due = Assert.Single(DigestPlanner.FindDue([weekdays, everyDay], Utc(2026, 1, 17, 10)));

        Assert.Same(everyDay, due.Subscription);
        Assert.Equal(new DateOnly(2026, 1, 17), due.DigestDate);
    }

    [Fact]
    public void FindDue_SpringForwardSkippedTime_DueOnceAtThreeLocal()
    {
        var subscription = Create("u1", Preferences(2, 30, DigestDays.EveryDay), LongAgo, new DateOnly(2026, 3, 28));

        Assert.Empty(DigestPlanner.FindDue([subscription], Utc(2026, 3, 29, 0, 59)));
        var due = Assert.Single(DigestPlanner.FindDue([subscription], Utc(2026, 3, 29, 1)));

        Assert.Equal(new DateOnly(2026, 3, 29), due.DigestDate);
        Assert.Equal(Utc(2026, 3, 29, 1), due.DueAt);
    }

    [Fact]
    public void FindDue_FallBackAmbiguousTime_DueOnce()
    {
        var time = new FakeTimeProvider(Utc(2026, 10, 25, 0, 30));
        var subscription = Create("u1", Preferences(2, 30, DigestDays.EveryDay), LongAgo, new DateOnly(2026, 10, 24));

        var first = Assert.Single(DigestPlanner.FindDue([subscription], time.GetUtcNow()));
        var delivered = subscription with { LastDigestDate = first.DigestDate };
        time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(new DateOnly(2026, 10, 25), first.DigestDate);
        Assert.Empty(DigestPlanner.FindDue([delivered], time.GetUtcNow()));
        Assert.Equal(Utc(2026, 10, 26, 1, 30), DigestPlanner.NextWakeUp([delivered], time.GetUtcNow()));
    }

    [Fact]
    public void FindDue_SeveralDue_OrderedByDueTime()
    {
        var late = Create("late", Preferences(9, 0), LongAgo);
        var early = Create("early", Preferences(6, 0), LongAgo);

        var due = DigestPlanner.FindDue([late, early], Utc(2026, 1, 12, 10));

        Assert.Equal(["early", "late"], due.Select(d => d.Subscription.Target.UserId));
    }

    [Fact]
    public void NextWakeUp_SeveralZones_Earliest()
    {
        var now = Utc(2026, 1, 12, 7);
        var subscriptions = new[]
        {
            Create("ams", Preferences(7, 0), LongAgo),
            Create("tokyo", Preferences(7, 0, zone: "Asia/Tokyo"), LongAgo),
            Create("nyc", Preferences(7, 0, zone: "America/New_York"), LongAgo),
            Create("parked", Preferences(9, 0), LongAgo, state: SubscriptionState.Parked),
        };

        Assert.Equal(Utc(2026, 1, 12, 12), DigestPlanner.NextWakeUp(subscriptions, now));
    }

    [Fact]
    public void NextWakeUp_NoSubscriptions_Null()
    {
        Assert.Null(DigestPlanner.NextWakeUp([], Utc(2026, 1, 12, 7)));
    }
}
