namespace CooperationBot.Bot.Digests.Storage;

/// <summary>Lets one migration of a store run at a time, and remembers that one succeeded (then the store's calls skip it).</summary>
internal sealed class MigrationGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _done;

    /// <summary>Runs <paramref name="migrate"/> now, after any migration already running.</summary>
    public async Task RunAsync(Func<CancellationToken, Task> migrate, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await migrate(cancellationToken).ConfigureAwait(false);
            _done = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs <paramref name="migrate"/> unless a migration has succeeded already.</summary>
    public async Task EnsureAsync(Func<CancellationToken, Task> migrate, CancellationToken cancellationToken)
    {
        if (_done)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_done)
            {
                await migrate(cancellationToken).ConfigureAwait(false);
                _done = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
