using System.Globalization;
using System.Text;

namespace CooperationBot.Benchmarks.Fuzz;

/// <summary>The figures of a fuzz run: requests and statuses per class, failures, the crash if any, memory, time.</summary>
internal sealed class FuzzResult(FuzzSettings settings)
{
    private readonly Dictionary<FuzzClass, SortedDictionary<int, int>> _statuses = [];
    private readonly Dictionary<FuzzClass, TimeSpan> _slowest = [];
    private readonly List<FuzzFailure> _failures = [];
    private readonly Lock _lock = new();

    public FuzzSettings Settings { get; } = settings;

    public int Sent { get; private set; }

    /// <summary>Answers with a status of 500 or more, except 501 (an invoke the bot does not implement).</summary>
    public int ServerErrors { get; private set; }

    /// <summary>Answers that carry the bot's handler-failure notice.</summary>
    public int HandlerFailures { get; private set; }

    /// <summary>Requests that got no answer within the deadline (or no answer at all).</summary>
    public int Unanswered { get; private set; }

    /// <summary>How the bot process ended during the run, or null when it stayed up.</summary>
    public string? Crash { get; set; }

    /// <summary>Resident set (MB) after start-up and a first answer, after the first half, at the end; and the peak (VmHWM).</summary>
    public double? StartRss { get; set; }

    public double? HalfRss { get; set; }

    public double? EndRss { get; set; }

    public double? PeakRss { get; set; }

    public TimeSpan Elapsed { get; set; }

    public IReadOnlyList<FuzzFailure> Failures
    {
        get
        {
            lock (_lock)
            {
                return [.. _failures.OrderBy(f => f.Index)];
            }
        }
    }

    /// <summary>Statuses per class (a copy).</summary>
    public IReadOnlyDictionary<FuzzClass, IReadOnlyDictionary<int, int>> Statuses
    {
        get
        {
            lock (_lock)
            {
                return _statuses.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<int, int>)new SortedDictionary<int, int>(p.Value));
            }
        }
    }

    /// <summary>What the run broke: 5xx, unanswered requests, a crash, the memory bounds. Empty when it passed.</summary>
    public IReadOnlyList<string> Breaches
    {
        get
        {
            var breaches = new List<string>();
            if (ServerErrors > 0)
            {
                breaches.Add($"{ServerErrors} answers with status 5xx");
            }

            if (HandlerFailures > 0)
            {
                breaches.Add($"{HandlerFailures} answers were the bot's handler-failure notice");
            }

            if (Unanswered > 0)
            {
                breaches.Add($"{Unanswered} requests without an answer within {Settings.Deadline.TotalSeconds:F0} s");
            }

            if (Crash is not null)
            {
                breaches.Add($"the bot process ended: {Crash}");
            }

            if (PeakRss > Settings.PeakRssBoundMegabytes)
            {
                breaches.Add(Invariant($"peak RSS {PeakRss:F0} MB over the bound of {Settings.PeakRssBoundMegabytes:F0} MB"));
            }

            if (EndRss - HalfRss > Settings.RssGrowthBoundMegabytes)
            {
                breaches.Add(Invariant($"RSS grew {EndRss - HalfRss:F0} MB in the second half (bound {Settings.RssGrowthBoundMegabytes:F0} MB)"));
            }

            return breaches;
        }
    }

    public void Record(int index, FuzzRequest request, FuzzOutcome outcome)
    {
        lock (_lock)
        {
            Sent++;
            if (!_statuses.TryGetValue(request.Class, out var statuses))
            {
                _statuses[request.Class] = statuses = [];
            }

            statuses[outcome.Status] = statuses.GetValueOrDefault(outcome.Status) + 1;
            ServerErrors += FuzzSender.IsServerError(outcome.Status) ? 1 : 0;
            Unanswered += outcome.Status == 0 ? 1 : 0;
            HandlerFailures += outcome.Failure?.StartsWith("handler failed", StringComparison.Ordinal) == true ? 1 : 0;
            _slowest[request.Class] = TimeSpan.FromTicks(Math.Max(outcome.Elapsed.Ticks, _slowest.GetValueOrDefault(request.Class).Ticks));
            if (outcome.Failed)
            {
                _failures.Add(new FuzzFailure(Settings.Seed, index, request.Class, request.Variant, outcome.Failure!));
            }
        }
    }

    /// <summary>The summary as Markdown: settings, a table of classes and statuses, memory, time, breaches.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"fuzz: {Sent:N0} of {Settings.Requests:N0} requests, seed {Settings.Seed}, concurrency {Settings.Concurrency}, body limit {Settings.BodyLimitKilobytes} KB, deadline {Settings.Deadline.TotalSeconds:F0} s"));
        text.AppendLine();
        text.AppendLine("| class | requests | statuses | slowest (ms) |");
        text.AppendLine("|---|---|---|---|");
        foreach (var (cls, statuses) in Statuses.OrderBy(p => p.Key))
        {
            var histogram = string.Join(", ", statuses.Select(s => Invariant($"{(s.Key == 0 ? "none" : s.Key.ToString(CultureInfo.InvariantCulture))}: {s.Value:N0}")));
            text.AppendLine(Invariant($"| {cls} | {statuses.Values.Sum():N0} | {histogram} | {Slowest(cls).TotalMilliseconds:F0} |"));
        }

        text.AppendLine();
        text.AppendLine(Invariant($"5xx: {ServerErrors}; handler failures: {HandlerFailures}; unanswered: {Unanswered}; crashes: {(Crash is null ? 0 : 1)}"));
        text.AppendLine(Invariant($"RSS (MB): start {StartRss:F0}, after half {HalfRss:F0}, end {EndRss:F0}, peak {PeakRss:F0} (bound {Settings.PeakRssBoundMegabytes:F0}; growth bound {Settings.RssGrowthBoundMegabytes:F0})"));
        text.AppendLine(Invariant($"elapsed: {Elapsed.TotalSeconds:F1} s ({Sent / Math.Max(Elapsed.TotalSeconds, 0.001):F0} requests/s)"));
        var breaches = Breaches;
        text.AppendLine(breaches.Count == 0 ? "result: PASS" : "result: FAIL: " + string.Join("; ", breaches));
        return text.ToString();
    }

    private TimeSpan Slowest(FuzzClass cls)
    {
        lock (_lock)
        {
            return _slowest.GetValueOrDefault(cls);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
