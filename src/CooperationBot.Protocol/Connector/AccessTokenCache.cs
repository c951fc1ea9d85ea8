namespace CooperationBot.Protocol.Connector;

/// <summary>
/// Holds one access token and refreshes it five minutes (at most half its lifetime) before it runs out. One
/// acquisition runs at a time; concurrent callers share its result. When an early refresh fails with an
/// <see cref="AccessTokenException"/> while the held token is still valid, the held token is used.
/// </summary>
public sealed class AccessTokenCache(TimeProvider timeProvider)
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _acquisition = new(1, 1);
    private CachedToken? _cached;

    /// <summary>The held token while it is fresh; otherwise one from <paramref name="acquire"/> (a token and when it expires).</summary>
    public async Task<string> GetAsync(
        Func<CancellationToken, Task<(string Token, DateTimeOffset ExpiresAt)>> acquire, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(acquire);
        var cached = Volatile.Read(ref _cached);
        if (cached is not null && timeProvider.GetUtcNow() < cached.RefreshAt)
        {
            return cached.Token;
        }

        await _acquisition.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cached = _cached;
            if (cached is not null && timeProvider.GetUtcNow() < cached.RefreshAt)
            {
                return cached.Token;
            }

            try
            {
                var (token, expiresAt) = await acquire(cancellationToken).ConfigureAwait(false);
                var validFor = expiresAt - timeProvider.GetUtcNow();
                var margin = validFor / 2 < RefreshMargin ? validFor / 2 : RefreshMargin;
                Volatile.Write(ref _cached, new CachedToken(token, expiresAt - margin, expiresAt));
                return token;
            }
            catch (AccessTokenException) when (cached is not null && timeProvider.GetUtcNow() < cached.ExpiresAt)
            {
                // An early refresh failed, but the token we hold is still valid: use it and try again next call.
                return cached.Token;
            }
        }
        finally
        {
            _acquisition.Release();
        }
    }

    private sealed record CachedToken(string Token, DateTimeOffset RefreshAt, DateTimeOffset ExpiresAt);
}
