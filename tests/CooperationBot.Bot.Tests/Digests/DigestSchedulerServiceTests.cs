using System.Collections.Concurrent;
using System.Globalization;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Tests.Digests.DigestTestBed;

namespace CooperationBot.Bot.Tests.Digests;

/// <summary>
/// The scheduler on a stepped fake clock: the test moves time to the scheduler's own wake-up, waits for the run
/// (<see cref="DigestSchedulerService.RunCompleted"/>) and for its next timer, and records when each digest arrived.
/// </summary>
public sealed class DigestSchedulerServiceTests
{
    private const string Amsterdam = "Europe/Amsterdam";
    private const string NewYork = "America/New_York";

    /// <summary>Subscriber index, zone and days of the four subscribers, all at 07:00 local.</summary>
    private static readonly (int Index, string Zone, DigestDays Days)[] Subscribers =
    [
        (0, Amsterdam, DigestDays.Weekdays),
        (1, Amsterdam, DigestDays.EveryDay),
        (2, NewYork, DigestDays.Weekdays),
        (3, NewYork, DigestDays.EveryDay),
    ];

    [Theory]
    [InlineData("2026-03-05T13:00:00Z", "2026-03-11T00:00:00Z")] // New York moves to EDT on Sunday 8 March
    [InlineData("2026-03-26T13:00:00Z", "2026-04-01T00:00:00Z")] // Amsterdam moves to CEST on Sunday 29 March
    public async Task ExecuteAsync_AcrossDaylightSavingChange_OneDigestPerDueDateAtSevenLocal(string from, string until)
    {
        var (start, end) = (Instant(from), Instant(until));
        var clock = new SteppedClock(start);
        await using var bed = await StartAsync(new DigestTestBedSettings { Time = clock, PollSeconds = 3_600 });
        await SeedAsync(bed);
        var arrivals = RecordArrivals(bed, clock);
        var scheduler = new SchedulerDriver(bed);

        await scheduler.StartAsync();
        await scheduler.RunUntilAsync(end);
        await scheduler.StopAsync();

        foreach (var (index, zone, days) in Subscribers)
        {
            var expected = ExpectedDigests(zone, days, start, end);
            var got = arrivals.Where(a => a.Key.StartsWith(SubscriberId(index) + "|", StringComparison.Ordinal)).OrderBy(a => a.At).ToList();
            Assert.Equal(expected.Select(e => Key(index, e.Date)), got.Select(a => a.Key));
            Assert.Equal(expected.Select(e => e.At), got.Select(a => a.At));
        }

        Assert.Equal(0, bed.Connector.DuplicateKeys);
    }

    [Fact]
    public async Task ExecuteAsync_DaylightSavingDays_DigestsAtTheShiftedUtcTimes()
    {
        var clock = new SteppedClock(Instant("2026-03-06T00:00:00Z"));
        await using var bed = await StartAsync(new DigestTestBedSettings { Time = clock, PollSeconds = 3_600 });
        await SeedAsync(bed);
        var arrivals = RecordArrivals(bed, clock);
        var scheduler = new SchedulerDriver(bed);

        await scheduler.StartAsync();
        await scheduler.RunUntilAsync(Instant("2026-03-10T00:00:00Z"));
        await scheduler.StopAsync();

        DateTimeOffset ArrivalOf(int index, string date) => arrivals.Single(a => a.Key == Key(index, DateOnly.Parse(date, CultureInfo.InvariantCulture))).At;
        Assert.Equal(Instant("2026-03-06T12:00:00Z"), ArrivalOf(3, "2026-03-06")); // EST
        Assert.Equal(Instant("2026-03-08T11:00:00Z"), ArrivalOf(3, "2026-03-08")); // EDT from that night
        Assert.Equal(Instant("2026-03-09T11:00:00Z"), ArrivalOf(2, "2026-03-09"));
        Assert.Equal(Instant("2026-03-08T06:00:00Z"), ArrivalOf(1, "2026-03-08")); // Amsterdam still CET
    }

    [Fact]
    public async Task ExecuteAsync_RestartedAfterThreeDaysDown_OneCatchUpDigestPerSubscriber()
    {
        var clock = new SteppedClock(Instant("2026-03-02T00:00:00Z"));
        await using var bed = await StartAsync(new DigestTestBedSettings { Time = clock, PollSeconds = 3_600 });
        await SeedAsync(bed);
        var arrivals = RecordArrivals(bed, clock);
        var before = new SchedulerDriver(bed);
        await before.StartAsync();
        await before.RunUntilAsync(Instant("2026-03-02T13:00:00Z"));
        await before.StopAsync();
        Assert.Equal(4, arrivals.Count);

        clock.AdvanceTo(Instant("2026-03-05T13:00:00Z"));
        await using var restarted = OnSameStore(bed);
        var after = new SchedulerDriver(restarted);
        await after.StartAsync();
        var caughtUp = arrivals.Skip(4).Select(a => a.Key).Order(StringComparer.Ordinal).ToList();
        await after.RunUntilAsync(Instant("2026-03-05T23:59:00Z"));
        await after.StopAsync();

        var thursday = new DateOnly(2026, 3, 5);
        Assert.Equal(Subscribers.Select(s => Key(s.Index, thursday)).Order(StringComparer.Ordinal), caughtUp);
        Assert.Equal(8, arrivals.Count);
        Assert.Equal(0, bed.Connector.DuplicateKeys);
    }

    private static async Task SeedAsync(DigestTestBed bed)
    {
        foreach (var (index, zone, days) in Subscribers)
        {
            await bed.SeedAsync(1, new DigestPreferences(new TimeOnly(7, 0), days, zone, UserLanguage.Dutch, SendWhenUnchanged: true), from: index, createdAt: bed.Time.GetUtcNow());
        }
    }

    private static ConcurrentQueue<(string Key, DateTimeOffset At)> RecordArrivals(DigestTestBed bed, SteppedClock clock)
    {
        var arrivals = new ConcurrentQueue<(string, DateTimeOffset)>();
        bed.Connector.OnDelivered = delivery =>
        {
            arrivals.Enqueue((delivery.DigestKey!, clock.GetUtcNow()));
            return Task.CompletedTask;
        };
        return arrivals;
    }

    /// <summary>07:00 local on every matching date after <paramref name="start"/> and before <paramref name="end"/>, worked out without Cronos.</summary>
    private static List<(DateOnly Date, DateTimeOffset At)> ExpectedDigests(string zoneId, DigestDays days, DateTimeOffset start, DateTimeOffset end)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var expected = new List<(DateOnly, DateTimeOffset)>();
        for (var date = DateOnly.FromDateTime(start.UtcDateTime).AddDays(-1); date <= DateOnly.FromDateTime(end.UtcDateTime); date = date.AddDays(1))
        {
            var local = date.ToDateTime(new TimeOnly(7, 0));
            var at = new DateTimeOffset(local, zone.GetUtcOffset(local));
            var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            if (at >= start && at < end && (days == DigestDays.EveryDay || !weekend))
            {
                expected.Add((date, at.ToUniversalTime()));
            }
        }

        return expected;
    }

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
