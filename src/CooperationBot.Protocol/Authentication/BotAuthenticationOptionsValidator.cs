using Microsoft.Extensions.Options;

namespace CooperationBot.Protocol.Authentication;

/// <summary>
/// Start-up validation of <see cref="BotAuthenticationOptions"/> (register with <c>ValidateOnStart</c>).
/// <see cref="ChannelTokenValidator"/> runs the same checks in its constructor and throws on failure.
/// An empty MicrosoftAppId is not an error here: whether that is allowed is the host's decision.
/// </summary>
public sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (!EndpointPolicy.IsAllowed(options.OpenIdMetadataUrl))
        {
            errors.Add("OpenIdMetadataUrl must be an absolute https URL (plain http only for loopback hosts).");
        }

        if (options.ValidIssuers is not { Count: > 0 } || options.ValidIssuers.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("ValidIssuers must list at least one issuer and no empty ones.");
        }

        if (options.AllowedChannelIds is not { Count: > 0 } || options.AllowedChannelIds.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("AllowedChannelIds must list at least one channel id and no empty ones.");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(10))
        {
            errors.Add("ClockSkew must be between 0 and 10 minutes.");
        }

        if (options.KeyRefreshInterval <= TimeSpan.Zero)
        {
            errors.Add("KeyRefreshInterval must be positive.");
        }

        if (options.UnknownKeyRefreshInterval < TimeSpan.Zero)
        {
            errors.Add("UnknownKeyRefreshInterval must not be negative.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
