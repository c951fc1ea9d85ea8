namespace CooperationBot.Bot.Digests.Storage;

/// <summary>A turn to write to the store; disposing it lets the next writer of this process go.</summary>
internal readonly struct WriteTurn : IDisposable
{
    private readonly SemaphoreSlim _gate;

    public WriteTurn(SemaphoreSlim gate) => _gate = gate;

    public void Dispose() => _gate.Release();
}
