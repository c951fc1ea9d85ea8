using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Cronos;

namespace CooperationBot.Bot.Digests.Scheduling;

/// <summary>
/// When a subscriber's digest falls due: <see cref="DigestPreferences"/> as a cron expression evaluated in the
/// subscriber's time zone (Cronos). Across daylight-saving changes a time skipped in spring fires at the shifted
/// time (02:30 becomes 03:00) and a time that occurs twice in autumn fires once. Times are to the minute.
/// </summary>
public static class DigestSchedule
{
    /// <summary>How far <see cref="LatestDue"/> looks back: more than a week, so every schedule has an occurrence.</summary>
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(8);

    private static readonly TimeSpan RecentWindow = TimeSpan.FromHours(26);

    private static readonly ConcurrentDictionary<string, CronExpression> Expressions = new(StringComparer.Ordinal);
    // Only zones that exist are cached, so the cache stays as small as the machine's zone list.
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    /// <summary>The cron expression (minute hour day month weekday), e.g. <c>30 7 * * 1-5</c> or <c>30 7 * * *</c>.</summary>
    public static string ToCron(DigestPreferences preferences)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        var weekdays = preferences.Days switch
        {
            DigestDays.Weekdays => "1-5",
            DigestDays.EveryDay => "*",
            _ => throw new ArgumentOutOfRangeException(nameof(preferences), preferences.Days, "Unknown digest days."),
        };
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{preferences.Time.Minute} {preferences.Time.Hour} * * {weekdays}");
    }

    /// <summary>The time zone with the IANA id <paramref name="id"/> (e.g. <c>Europe/Amsterdam</c>).</summary>
    /// <exception cref="TimeZoneNotFoundException">The machine does not know the id.</exception>
    public static TimeZoneInfo ResolveTimeZone(string id) =>
        TryResolveTimeZone(id, out var zone)
            ? zone
            : throw new TimeZoneNotFoundException($"Unknown time zone '{id}'.");

    /// <summary>True and the zone when the machine knows the id; false otherwise (also for null or empty).</summary>
    public static bool TryResolveTimeZone(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        if (Zones.TryGetValue(id, out zone))
        {
            return true;
        }

        zone = FindZone(id);
        if (zone is not null)
        {
            Zones.TryAdd(id, zone);
        }

        return zone is not null;
    }

    /// <summary>The latest occurrence at or before <paramref name="now"/> within <see cref="LookBack"/>, or null.</summary>
    /// <remarks>
    /// Found by walking forward with <c>GetNextOccurrence</c>: Cronos 0.13's <c>GetPreviousOccurrence</c> disagrees with
    /// it about a time in the spring gap (it answers the second before the gap, HangfireIO/Cronos#92).
    /// </remarks>
    public static DateTimeOffset? LatestDue(DigestPreferences preferences, DateTimeOffset now)
    {
        var (expression, zone) = Resolve(preferences);

        // A daily schedule has an occurrence in the last 26 hours (a DST day lasts 25); a weekday one may not.
        return LatestBetween(expression, zone, now - RecentWindow, now) ?? LatestBetween(expression, zone, now - LookBack, now);
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public static DateTimeOffset NextDue(DigestPreferences preferences, DateTimeOffset after)
    {
        var (expression, zone) = Resolve(preferences);
        return expression.GetNextOccurrence(after, zone, inclusive: false)
            ?? throw new InvalidOperationException($"The schedule '{expression}' has no next occurrence.");
    }

    /// <summary>The date at <paramref name="instant"/> in the subscriber's time zone.</summary>
    public static DateOnly LocalDate(DigestPreferences preferences, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        var local = TimeZoneInfo.ConvertTime(instant, ResolveTimeZone(preferences.TimeZoneId));
        return DateOnly.FromDateTime(local.DateTime);
    }

    private static DateTimeOffset? LatestBetween(CronExpression expression, TimeZoneInfo zone, DateTimeOffset from, DateTimeOffset now)
    {
        DateTimeOffset? latest = null;
        var next = expression.GetNextOccurrence(from, zone, inclusive: false);
        while (next is { } occurrence && occurrence <= now)
        {
            latest = occurrence;
            next = expression.GetNextOccurrence(occurrence, zone, inclusive: false);
        }

        return latest;
    }

    private static (CronExpression Expression, TimeZoneInfo Zone) Resolve(DigestPreferences preferences) =>
        (Expressions.GetOrAdd(ToCron(preferences), static cron => CronExpression.Parse(cron)),
         ResolveTimeZone(preferences.TimeZoneId));

    private static TimeZoneInfo? FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
