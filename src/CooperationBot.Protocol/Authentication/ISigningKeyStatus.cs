namespace CooperationBot.Protocol.Authentication;

/// <summary>Whether the channel's signing keys have been fetched: for a readiness check, without any token.</summary>
public interface ISigningKeyStatus
{
    /// <summary>When the keys in use were fetched, or null while none have been.</summary>
    DateTimeOffset? KeysFetchedAt { get; }

    /// <summary>
    /// Fetches the keys when none are held or they are due for a refresh, under the same rules as validation (one
    /// fetch at a time, a pause after a failed one), and returns when the keys in use were fetched, or null.
    /// </summary>
    Task<DateTimeOffset?> EnsureKeysAsync(CancellationToken cancellationToken);
}
