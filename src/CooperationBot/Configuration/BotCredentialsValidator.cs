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
                    "registration: set MicrosoftAppId, MicrosoftAppPassword (and MicrosoftAppTenantId for SingleTenant) " +
                    "in appsettings.json or as environment variables. For local testing without Azure, set " +
                    "ASPNETCORE_ENVIRONMENT=Development.");
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

                if (!string.IsNullOrEmpty(options.MicrosoftAppPassword))
                {
                    failures.Add("MicrosoftAppType is UserAssignedMSI but MicrosoftAppPassword is set: a managed identity has no password, remove it.");
                }

                break;
            default:
                failures.Add($"MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI (was '{options.MicrosoftAppType}').");
                break;
        }

        if (string.IsNullOrWhiteSpace(options.MicrosoftAppPassword) && options.MicrosoftAppType != BotCredentialsOptions.UserAssignedMsi)
        {
            failures.Add("MicrosoftAppId is set but MicrosoftAppPassword is empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
