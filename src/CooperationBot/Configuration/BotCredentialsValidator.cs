using Microsoft.Extensions.Options;

namespace CooperationBot.Host.Configuration;

/// <summary>Checks the bot registration at start-up, with messages a Teams admin can act on.</summary>
public sealed class BotCredentialsValidator(IHostEnvironment environment) : IValidateOptions<BotCredentialsOptions>
{
    public ValidateOptionsResult Validate(string? name, BotCredentialsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.HasAppId)
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    "MicrosoftAppId is not configured. Outside the Development environment the bot needs its Azure Bot " +
                    "registration, in appsettings.json or as environment variables: with a managed identity (as infra/ " +
                    "deploys it) MicrosoftAppType=UserAssignedMSI, MicrosoftAppId = the identity's client id and " +
                    "MicrosoftAppTenantId; with an app registration MicrosoftAppId and MicrosoftAppPassword (or " +
                    "MicrosoftAppCertificatePath), and MicrosoftAppTenantId for SingleTenant. For local testing without " +
                    "Azure, set ASPNETCORE_ENVIRONMENT=Development.");
        }

        var failures = new List<string>();
        switch (options.MicrosoftAppType)
        {
            case BotCredentialsOptions.MultiTenant:
                break;
            case BotCredentialsOptions.SingleTenant when string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId):
                failures.Add("MicrosoftAppType is SingleTenant but MicrosoftAppTenantId is empty.");
                break;
            case BotCredentialsOptions.SingleTenant:
                break;
            case BotCredentialsOptions.UserAssignedMsi:
                if (string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
                {
                    failures.Add("MicrosoftAppType is UserAssignedMSI but MicrosoftAppTenantId is empty: set the tenant of the managed identity.");
                }

                if (!string.IsNullOrEmpty(options.MicrosoftAppPassword) || !string.IsNullOrWhiteSpace(options.MicrosoftAppCertificatePath))
                {
                    failures.Add("MicrosoftAppType is UserAssignedMSI but MicrosoftAppPassword or MicrosoftAppCertificatePath is set: a managed identity has neither, remove it.");
                }

                break;
            default:
                failures.Add($"MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI (was '{options.MicrosoftAppType}').");
                break;
        }

        if (options.MicrosoftAppType != BotCredentialsOptions.UserAssignedMsi)
        {
            AddSecretFailures(options, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>An app registration signs in with exactly one of a password and a certificate file that exists.</summary>
    private static void AddSecretFailures(BotCredentialsOptions options, List<string> failures)
    {
        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var certificate = options.MicrosoftAppCertificatePath;
        var hasCertificate = !string.IsNullOrWhiteSpace(certificate);
        if (!hasPassword && !hasCertificate)
        {
            failures.Add("MicrosoftAppId is set but MicrosoftAppPassword is empty (or set MicrosoftAppCertificatePath, or use UserAssignedMSI).");
        }
        else if (hasPassword && hasCertificate)
        {
            failures.Add("Both MicrosoftAppPassword and MicrosoftAppCertificatePath are set: keep one.");
        }
        else if (hasCertificate && !File.Exists(certificate))
        {
            failures.Add("MicrosoftAppCertificatePath names no file that exists: give the path of the PEM or PFX file with the private key.");
        }
    }
}
