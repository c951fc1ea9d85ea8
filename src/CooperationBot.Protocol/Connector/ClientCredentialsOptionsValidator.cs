using Microsoft.Extensions.Options;

namespace CooperationBot.Protocol.Connector;

/// <summary>
/// Checks <see cref="ClientCredentialsOptions"/> at start-up: an app id, exactly one of a secret and a certificate
/// file that exists, a known app type, a tenant for a single-tenant bot, and an https authority host.
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

        var hasSecret = !string.IsNullOrEmpty(options.AppPassword);
        if (!hasSecret && !options.UsesCertificate)
        {
            failures.Add("MicrosoftAppPassword (or MicrosoftAppCertificatePath) is required.");
        }
        else if (hasSecret && options.UsesCertificate)
        {
            failures.Add("Set MicrosoftAppPassword or MicrosoftAppCertificatePath, not both.");
        }
        else if (options.UsesCertificate && !File.Exists(options.CertificatePath))
        {
            failures.Add("MicrosoftAppCertificatePath names no file that exists.");
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

        if (!Uri.TryCreate(options.AuthorityHost, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add("The authority host must be an absolute https URL.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
