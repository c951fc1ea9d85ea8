using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CooperationBot.Testing;

namespace CooperationBot.Benchmarks.Load;

/// <summary>
/// <c>soak [--minutes 10] [--rate 200] [--edit-seconds 30] [--max-growth-mb 100]</c>: mixed load on our bot (the
/// question set, visit lists, help, and a probe question) while a <see cref="KnowledgeEditor"/> edits its knowledge
/// file every 30 s, a third of the edits invalid. Fails on any error, on a probe answer from an invalid revision, on a
/// probe answer older than the newest valid revision published more than 2 s before, or when resident memory at the
/// end exceeds the memory after warm-up by more than the bound.
/// </summary>
internal static partial class SoakCommand
{
    private static readonly TimeSpan ServeWithin = TimeSpan.FromSeconds(2);

    public static int Run(string[] args)
    {
        var minutes = double.Parse(CommandArgs.Value(args, "--minutes", "10"), CultureInfo.InvariantCulture);
        var rate = int.Parse(CommandArgs.Value(args, "--rate", "200"), CultureInfo.InvariantCulture);
        var editEvery = TimeSpan.FromSeconds(double.Parse(CommandArgs.Value(args, "--edit-seconds", "30"), CultureInfo.InvariantCulture));
        var maxGrowth = double.Parse(CommandArgs.Value(args, "--max-growth-mb", "100"), CultureInfo.InvariantCulture);
        return RunAsync(TimeSpan.FromMinutes(minutes), rate, editEvery, maxGrowth).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(TimeSpan duration, int rate, TimeSpan editEvery, double maxGrowth)
    {
        using var editor = new KnowledgeEditor(Path.Combine(RepositoryRoot.Directory.FullName, "knowledge"));
        await using var bot = await LoadTarget.StartOursAsync(editor.FilePath);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 }) { Timeout = TimeSpan.FromSeconds(30) };
        var questions = LoadQuestions.Templates();
        var probe = LoadQuestions.Template("en", KnowledgeEditor.ProbeQuestion);
        var visits = LoadQuestions.Template("nl", "bezoeken");
        var help = LoadQuestions.Template("nl", "hulp");
        var revisions = new RevisionLog();

        byte[] BodyFor(long n) => LoadQuestions.Body(
            (n % 10) switch { 0 => probe, 1 when n % 20 == 1 => visits, 2 when n % 50 == 2 => help, _ => questions[(int)(n % questions.Count)] },
            n);

        string? Check(long n, byte[] answer) => n % 10 == 0 ? revisions.Check(Encoding.UTF8.GetString(answer), Stopwatch.GetTimestamp()) : null;

        var run = new LoadRun(client, bot.Endpoint, BodyFor, Check);
        await run.OpenLoopAsync(rate, TimeSpan.FromSeconds(10));
        var baseline = bot.ResidentMegabytes();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# soak {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: {duration.TotalMinutes:0.#} min at {rate}/s, an edit every {editEvery.TotalSeconds:0} s; RSS after warm-up {baseline:0} MB"));

        using var stop = new CancellationTokenSource(duration);
        var rss = new List<double>();
        var editing = EditAsync(editor, revisions, editEvery, stop.Token);
        var sampling = SampleAsync(bot, rss, stop.Token);
        var load = run.OpenLoopAsync(rate, duration);
        var result = await load;
        await stop.CancelAsync();
        await Task.WhenAll(editing, sampling);

        var end = bot.ResidentMegabytes();
        var s = result.Sample;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"requests {s.Count}, errors {s.Errors}{(s.FirstError is { } e ? $" (first: {e})" : "")}, p50 {s.Percentile(50):0.00} ms, p99 {s.Percentile(99):0.00} ms, max {s.Percentile(100):0.0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"edits {editor.Revision} ({revisions.ValidCount} valid, {editor.Revision - revisions.ValidCount} invalid); probe answers {revisions.Probes}: broken {revisions.Broken}, stale {revisions.Stale}; newest revision served {revisions.NewestServed}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RSS MB: after warm-up {baseline:0}, peak {rss.DefaultIfEmpty(end).Max():0}, end {end:0}, growth {end - baseline:0} (bound {maxGrowth:0}); process alive: {!bot.HasExited}"));
        var ok = s.Errors == 0 && revisions.Broken == 0 && revisions.Stale == 0 && !bot.HasExited && end - baseline <= maxGrowth;
        Console.WriteLine(ok ? "soak: PASS" : "soak: FAIL");
        return ok ? 0 : 1;
    }

    private static async Task EditAsync(KnowledgeEditor editor, RevisionLog revisions, TimeSpan every, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(every, stop);
                var revision = editor.Next();
                revisions.Published(revision, KnowledgeEditor.IsBroken(revision), Stopwatch.GetTimestamp());
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static async Task SampleAsync(LoadTarget bot, List<double> rss, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(5), stop);
                rss.Add(bot.ResidentMegabytes());
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>The revisions published and what the probe answers showed.</summary>
    private sealed partial class RevisionLog
    {
        private readonly Lock _gate = new();
        private readonly List<(int Revision, long At)> _valid = [];
        private int _probes;
        private int _broken;
        private int _stale;
        private int _newestServed;

        public int ValidCount { get { lock (_gate) { return _valid.Count; } } }

        public int Probes => Volatile.Read(ref _probes);

        public int Broken => Volatile.Read(ref _broken);

        public int Stale => Volatile.Read(ref _stale);

        public int NewestServed => Volatile.Read(ref _newestServed);

        public void Published(int revision, bool broken, long at)
        {
            if (!broken)
            {
                lock (_gate)
                {
                    _valid.Add((revision, at));
                }
            }
        }

        /// <summary>Checks a probe answer received at <paramref name="at"/>: null when it is from a valid, current revision.</summary>
        public string? Check(string answer, long at)
        {
            Interlocked.Increment(ref _probes);
            if (answer.Contains("[soak broken", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _broken);
                return "answer from an invalid revision";
            }

            var match = Marker().Match(answer);
            var served = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            int due;
            lock (_gate)
            {
                due = _valid.Where(v => Stopwatch.GetElapsedTime(v.At, at) > ServeWithin).Select(v => v.Revision).DefaultIfEmpty(0).Max();
                _newestServed = Math.Max(_newestServed, served);
            }

            if (served < due)
            {
                Interlocked.Increment(ref _stale);
                return $"revision {served} served when {due} was published over {ServeWithin.TotalSeconds:0} s before";
            }

            return null;
        }

        [GeneratedRegex(@"\[soak rev (\d+)\]")]
        private static partial Regex Marker();
    }
}
