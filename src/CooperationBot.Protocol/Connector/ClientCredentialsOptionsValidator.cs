using Microsoft.Extensions.Options;

namespace CooperationBot.Protocol.Connector;

/// <summary>
/// Checks <see cref="ClientCredentialsOptions"/> at start-up: app id and secret present, a known app type,
/// a tenant for a single-tenant bot, and an https token endpoint (http only on a loopback host).
/// </summary>
public sealed class ClientCredentialsOptionsValidator : IValidateOptions<ClientCredentialsOptions>
{
    public ValidateOptionsResult Validate(string? name, ClientCredentialsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.AppId))
        {
            failures.Add("MicrosoftAppId is required.");
        }

        if (string.IsNullOrEmpty(options.AppPassword))
        {
            failures.Add("MicrosoftAppPassword is required.");
        }

        var singleTenant = string.Equals(options.AppType, ClientCredentialsOptions.SingleTenant, StringComparison.OrdinalIgnoreCase);
        if (!singleTenant && !string.Equals(options.AppType, ClientCredentialsOptions.MultiTenant, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("MicrosoftAppType must be MultiTenant or SingleTenant.");
        }

        if (singleTenant && string.IsNullOrWhiteSpace(options.TenantId))
        {
            failures.Add("MicrosoftAppTenantId is required for a SingleTenant bot.");
        }

        if (!IsAcceptableEndpoint(options.TokenEndpoint))
        {
            failures.Add("The token endpoint must be an absolute https URL (http only on a loopback host).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static bool IsAcceptableEndpoint(string endpoint) => EndpointPolicy.IsAllowed(endpoint);
}
