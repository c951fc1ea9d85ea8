using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace CooperationBot.Protocol.Authentication;

/// <summary>The outcome of validating a channel request: an identity, or a short reason (never the token).</summary>
public sealed class ChannelAuthResult
{
    private ChannelAuthResult(ClaimsIdentity? identity, string? failureReason)
    {
        Identity = identity;
        FailureReason = failureReason;
    }

    [MemberNotNullWhen(true, nameof(Identity))]
    [MemberNotNullWhen(false, nameof(FailureReason))]
    public bool Succeeded => Identity is not null;

    public ClaimsIdentity? Identity { get; }

    /// <summary>One of the <see cref="ChannelAuthFailures"/> texts when validation failed.</summary>
    public string? FailureReason { get; }

    public static ChannelAuthResult Success(ClaimsIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return new ChannelAuthResult(identity, null);
    }

    public static ChannelAuthResult Failure(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new ChannelAuthResult(null, reason);
    }
}
