using CooperationBot.Bot.Digests;
using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Tests.Digests;

/// <summary>
/// Runs a <see cref="DigestSchedulerService"/> on a <see cref="SteppedClock"/>: moves the clock to the scheduler's own
/// next wake-up, then waits until that run completed (<see cref="DigestSchedulerService.RunCompleted"/>) and the
/// scheduler sleeps again. Assumes the scheduler's sleep is the only timer on the clock between runs.
/// </summary>
internal sealed class SchedulerDriver
{
    private readonly DigestSchedulerService _service;
    private readonly SteppedClock _clock;
    private readonly DigestTestBed _bed;
    private int _runs;

    /// <param name="bed">A bed whose <see cref="DigestTestBed.Time"/> is a <see cref="SteppedClock"/>.</param>
    public SchedulerDriver(DigestTestBed bed)
    {
        _bed = bed;
        _service = bed.Scheduler;
        _clock = (SteppedClock)bed.Time;
        _service.RunCompleted += (_, _) =>
        {
            Interlocked.Increment(ref _runs);
            _clock.Signal();
        };
    }

    /// <summary>How many runs completed.</summary>
    public int Runs => Volatile.Read(ref _runs);

    /// <summary>Starts the scheduler and waits for its first run (which catches up on what was missed).</summary>
    public async Task StartAsync()
    {
        await _service.StartAsync(default);
        await WaitForRunAfterAsync(0);
    }

    /// <summary>Lets the scheduler wake up and run at each of its wake-ups up to <paramref name="end"/>.</summary>
    public async Task RunUntilAsync(DateTimeOffset end)
    {
        while (_clock.NextDue is { } due && due <= end)
        {
            var before = Runs;
            _clock.AdvanceToNextTimer();
            await WaitForRunAfterAsync(before);
        }
    }

    /// <summary>Stops the scheduler; gives up waiting for it after 10 s (real time).</summary>
    public async Task StopAsync()
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _service.StopAsync(patience.Token);
    }

    private async Task WaitForRunAfterAsync(int before)
    {
        try
        {
            await _clock.WaitUntilAsync(() => Runs > before && _clock.WaitingTimers == 1, $"run {before + 1} of the scheduler and its next sleep");
        }
        catch (TimeoutException timeout)
        {
            var warnings = _bed.Logs.GetSnapshot().Where(r => r.Level >= LogLevel.Warning).Select(r => $"{r.Message} {r.Exception?.Message}");
            throw new TimeoutException($"{timeout.Message} Warnings: {string.Join(" | ", warnings)}", timeout);
        }
    }
}
