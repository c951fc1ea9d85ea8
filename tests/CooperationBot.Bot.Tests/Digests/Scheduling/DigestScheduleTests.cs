using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Scheduling;
using static CooperationBot.Bot.Tests.Digests.Scheduling.TestSubscriptions;

namespace CooperationBot.Bot.Tests.Digests.Scheduling;

public class DigestScheduleTests
{
    [Fact]
    public void ToCron_Weekdays_MondayToFriday()
    {
        Assert.Equal("30 7 * * 1-5", DigestSchedule.ToCron(Preferences(7, 30)));
    }

    [Fact]
    public void ToCron_EveryDay_EveryWeekday()
    {
        Assert.Equal("5 18 * * *", DigestSchedule.ToCron(Preferences(18, 5, DigestDays.EveryDay)));
    }

    [Theory]
    [InlineData("Europe/Amsterdam")]
    [InlineData("America/New_York")]
    [InlineData("Asia/Tokyo")]
    [InlineData("Africa/Casablanca")]
    public void ResolveTimeZone_IanaId_ReturnsZone(string id)
    {
        Assert.True(DigestSchedule.TryResolveTimeZone(id, out var zone));
        Assert.Same(zone, DigestSchedule.ResolveTimeZone(id));
    }

    [Theory]
    [InlineData("Europe/Atlantis")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void TryResolveTimeZone_UnknownId_False(string? id)
    {
        Assert.False(DigestSchedule.TryResolveTimeZone(id, out var zone));
        Assert.Null(zone);
    }

    [Fact]
    public void ResolveTimeZone_UnknownId_Throws()
    {
        Assert.Throws<TimeZoneNotFoundException>(() => DigestSchedule.ResolveTimeZone("Europe/Atlantis"));
    }

    [Fact]
    public void LatestDue_AmsterdamWinter_SixUtc()
    {
        var due = DigestSchedule.LatestDue(Preferences(7, 0), Utc(2026, 1, 12, 10));

        Assert.Equal(Utc(2026, 1, 12, 6), due);
        Assert.Equal(TimeSpan.FromHours(1), due!.Value.Offset);
    }

    [Fact]
    public void LatestDue_AmsterdamSummer_FiveUtc()
    {
        var due = DigestSchedule.LatestDue(Preferences(7, 0), Utc(2026, 6, 15, 10));

        Assert.Equal(Utc(2026, 6, 15, 5), due);
    }

    [Fact]
    public void LatestDue_ExactlyAtTime_Inclusive()
    {
        Assert.Equal(Utc(2026, 1, 12, 6), DigestSchedule.LatestDue(Preferences(7, 0), Utc(2026, 1, 12, 6)));
    }

    [Fact]
    public void LatestDue_NewYorkBeforeTimeOnMonday_PreviousFriday()
    {
        var newYork = Preferences(7, 0, zone: "America/New_York");

        Assert.Equal(Utc(2026, 1, 9, 12), DigestSchedule.LatestDue(newYork, Utc(2026, 1, 12, 11, 59)));
        Assert.Equal(Utc(2026, 1, 12, 12), DigestSchedule.LatestDue(newYork, Utc(2026, 1, 12, 12)));
    }

    [Fact]
    public void LatestDue_Tokyo_PreviousUtcDayButLocalDateToday()
    {
        var tokyo = Preferences(7, 0, zone: "Asia/Tokyo");

        var due = DigestSchedule.LatestDue(tokyo, Utc(2026, 1, 12, 1));

        Assert.Equal(Utc(2026, 1, 11, 22), due);
        Assert.Equal(new DateOnly(2026, 1, 12), DigestSchedule.LocalDate(tokyo, due!.Value));
    }

    [Fact]
    public void LatestDue_CasablancaDuringAndAfterRamadan_OffsetFollowsZone()
    {
        var casablanca = Preferences(7, 0, zone: "Africa/Casablanca");

        Assert.Equal(Utc(2026, 3, 2, 7), DigestSchedule.LatestDue(casablanca, Utc(2026, 3, 2, 12)));
        Assert.Equal(Utc(2026, 4, 6, 6), DigestSchedule.LatestDue(casablanca, Utc(2026, 4, 6, 12)));
    }

    [Fact]
    public void LatestDue_SaturdayWeekdays_Friday()
    {
        Assert.Equal(Utc(2026, 1, 16, 6), DigestSchedule.LatestDue(Preferences(7, 0), Utc(2026, 1, 17, 10)));
    }

    [Fact]
    public void LatestDue_SaturdayEveryDay_Saturday()
    {
        Assert.Equal(Utc(2026, 1, 17, 6), DigestSchedule.LatestDue(Preferences(7, 0, DigestDays.EveryDay), Utc(2026, 1, 17, 10)));
    }

    [Fact]
    public void NextDue_FridayEveningWeekdays_Monday()
    {
        Assert.Equal(Utc(2026, 1, 19, 6), DigestSchedule.NextDue(Preferences(7, 0), Utc(2026, 1, 16, 18)));
    }

    [Fact]
    public void NextDue_ExactlyAtTime_NextOccurrence()
    {
        Assert.Equal(Utc(2026, 1, 13, 6), DigestSchedule.NextDue(Preferences(7, 0), Utc(2026, 1, 12, 6)));
    }

    [Fact]
    public void NextDue_SpringForwardSkippedTime_FiresAtThreeLocal()
    {
        var half2 = Preferences(2, 30, DigestDays.EveryDay);

        var first = DigestSchedule.NextDue(half2, Utc(2026, 3, 28, 12));
        var second = DigestSchedule.NextDue(half2, first);

        Assert.Equal(Utc(2026, 3, 29, 1), first);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 0, 0, TimeSpan.FromHours(2)), first);
        Assert.Equal(Utc(2026, 3, 30, 0, 30), second);
    }

    [Fact]
    public void LatestDue_SpringForwardSkippedTime_FiresAtThreeLocal()
    {
        var half2 = Preferences(2, 30, DigestDays.EveryDay);

        Assert.Equal(Utc(2026, 3, 28, 1, 30), DigestSchedule.LatestDue(half2, Utc(2026, 3, 29, 0, 59)));
        Assert.Equal(Utc(2026, 3, 29, 1), DigestSchedule.LatestDue(half2, Utc(2026, 3, 29, 1)));
    }

    [Fact]
    public void NextDue_FallBackAmbiguousTime_FiresOnce()
    {
        var half2 = Preferences(2, 30, DigestDays.EveryDay);

        var first = DigestSchedule.NextDue(half2, Utc(2026, 10, 24, 12));
        var second = DigestSchedule.NextDue(half2, first);

        Assert.Equal(Utc(2026, 10, 25, 0, 30), first);
        Assert.Equal(Utc(2026, 10, 26, 1, 30), second);
    }

    [Fact]
    public void LatestDue_AfterSecondPassOfAmbiguousTime_StillFirstPass()
    {
        var half2 = Preferences(2, 30, DigestDays.EveryDay);

        var due = DigestSchedule.LatestDue(half2, Utc(2026, 10, 25, 1, 45));

        Assert.Equal(Utc(2026, 10, 25, 0, 30), due);
        Assert.Equal(new DateOnly(2026, 10, 25), DigestSchedule.LocalDate(half2, due!.Value));
    }

    [Fact]
    public void Schedule_SevenAmsterdamAroundDstChanges_ShiftsUtcHour()
    {
        var seven = Preferences(7, 0, DigestDays.EveryDay);

        Assert.Equal(Utc(2026, 3, 28, 6), DigestSchedule.NextDue(seven, Utc(2026, 3, 28, 0)));
        Assert.Equal(Utc(2026, 3, 29, 5), DigestSchedule.NextDue(seven, Utc(2026, 3, 28, 6)));
        Assert.Equal(Utc(2026, 10, 25, 6), DigestSchedule.NextDue(seven, Utc(2026, 10, 24, 5)));
    }

    [Fact]
    public void LocalDate_LateEveningUtc_NextDayInAmsterdam()
    {
        Assert.Equal(new DateOnly(2026, 1, 13), DigestSchedule.LocalDate(Preferences(7, 0), Utc(2026, 1, 12, 23, 30)));
        Assert.Equal(new DateOnly(2026, 1, 12), DigestSchedule.LocalDate(Preferences(7, 0), Utc(2026, 1, 12, 22, 59)));
    }
}
