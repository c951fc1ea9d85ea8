using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace CooperationBot.Protocol.Authentication;

/// <summary>
/// Fetches the OpenID metadata and key set and caches the keys. At most one fetch runs at a time: concurrent
/// callers share it. The set is refreshed when older than the refresh interval; an unknown key id refreshes it only
/// when the last fetch attempt is older than the unknown-key interval. After a failed fetch the previous keys stay
/// in use and the next attempt waits at least <see cref="RetryAfterFailure"/>.
/// </summary>
internal sealed class SigningKeyCache(
    HttpClient httpClient,
    TimeProvider timeProvider,
    ILogger logger,
    Uri metadataUri,
    TimeSpan refreshInterval,
    TimeSpan unknownKeyRefreshInterval)
{
    private const int MaxDocumentBytes = 512 * 1024;
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(10);

    private readonly Lock _gate = new();
    private ChannelKeySet? _current;
    private DateTimeOffset? _lastAttempt;
    private Task<ChannelKeySet?>? _fetch;

    /// <summary>When the keys in use were fetched, or null while none have been.</summary>
    public DateTimeOffset? FetchedAt
    {
        get
        {
            lock (_gate)
            {
                return _current?.FetchedAt;
            }
        }
    }

    /// <summary>Fetches the keys if none are held or they are stale (as validation would), and returns their fetch time.</summary>
    public async Task<DateTimeOffset?> EnsureAsync(CancellationToken cancellationToken) =>
        (await GetKeySetAsync(unknownKeyId: false, cancellationToken).ConfigureAwait(false))?.FetchedAt;

    public async Task<KeyLookup> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var keySet = await GetKeySetAsync(unknownKeyId: false, cancellationToken).ConfigureAwait(false);
        if (keySet is null)
        {
            return KeyLookup.Unavailable;
        }

        if (keySet.Keys.TryGetValue(keyId, out var key))
        {
            return KeyLookup.Found(key);
        }

        keySet = await GetKeySetAsync(unknownKeyId: true, cancellationToken).ConfigureAwait(false) ?? keySet;
        return keySet.Keys.TryGetValue(keyId, out key) ? KeyLookup.Found(key) : KeyLookup.Unknown;
    }

    private Task<ChannelKeySet?> GetKeySetAsync(bool unknownKeyId, CancellationToken cancellationToken)
    {
        Task<ChannelKeySet?> fetch;
        lock (_gate)
        {
            if (!NeedsFetch(unknownKeyId))
            {
                return Task.FromResult(_current);
            }

            if (_fetch is not { IsCompleted: false })
            {
                if (unknownKeyId)
                {
                    Log.UnknownKeyRefresh(logger);
                }

                _lastAttempt = timeProvider.GetUtcNow();
                _fetch = FetchAndStoreAsync();
            }

            fetch = _fetch;
        }

        return fetch.WaitAsync(cancellationToken);
    }

    private bool NeedsFetch(bool unknownKeyId)
    {
        if (_fetch is { IsCompleted: false })
        {
            return true;
        }

        var now = timeProvider.GetUtcNow();
        var sinceAttempt = _lastAttempt is { } last ? now - last : TimeSpan.MaxValue;
        if (unknownKeyId)
        {
            return sinceAttempt >= unknownKeyRefreshInterval;
        }

        var stale = _current is null || now - _current.FetchedAt >= refreshInterval;
        return stale && sinceAttempt >= RetryAfterFailure;
    }

    private async Task<ChannelKeySet?> FetchAndStoreAsync()
    {
        // Runs detached from any caller's cancellation; HttpClient.Timeout bounds it. It never faults.
        await Task.Yield();
        try
        {
            var keySet = await FetchAsync().ConfigureAwait(false);
            lock (_gate)
            {
                _current = keySet;
            }

            return keySet;
        }
        catch (Exception ex)
        {
            Log.KeyRefreshFailed(logger, _current is null ? "no keys available" : "keeping the previous keys", ex);
            return _current;
        }
    }

    private async Task<ChannelKeySet> FetchAsync()
    {
        string? jwksUrl;
        using (var metadata = await GetJsonAsync(metadataUri).ConfigureAwait(false))
        {
            jwksUrl = metadata.RootElement.ValueKind == JsonValueKind.Object
                && metadata.RootElement.TryGetProperty("jwks_uri", out var value)
                && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }

        if (!Uri.TryCreate(jwksUrl, UriKind.Absolute, out var jwksUri) || !EndpointPolicy.IsAllowed(jwksUri))
        {
            throw new InvalidDataException("The metadata has no jwks_uri, or one that is not https (or loopback http).");
        }

        using var jwks = await GetJsonAsync(jwksUri).ConfigureAwait(false);
        var keys = JwksReader.Read(jwks.RootElement, out var skipped);
        if (keys.Count == 0)
        {
            throw new InvalidDataException("The key set has no usable RSA signing keys.");
        }

        Log.KeysRefreshed(logger, keys.Count, skipped);
        return new ChannelKeySet(keys, timeProvider.GetUtcNow());
    }

    private async Task<JsonDocument> GetJsonAsync(Uri uri)
    {
        using var response = await httpClient.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength > MaxDocumentBytes)
        {
            throw new InvalidDataException("The document is too large.");
        }

        var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxDocumentBytes + 1];
            var length = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(length)).ConfigureAwait(false)) > 0)
            {
                length += read;
                if (length > MaxDocumentBytes)
                {
                    throw new InvalidDataException("The document is too large.");
                }
            }

            return JsonDocument.Parse(buffer.AsMemory(0, length));
        }
    }
}
