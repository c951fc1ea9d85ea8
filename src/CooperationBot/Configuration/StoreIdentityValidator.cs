using CooperationBot.Bot.Storage;
using CooperationBot.Host.Identity;
using Microsoft.Extensions.Options;

namespace CooperationBot.Host.Configuration;

/// <summary>
/// Checks at start-up that <c>Store:Authentication=ManagedIdentity</c> has a managed identity to sign in with: the
/// bot's registration must be <c>MicrosoftAppType=UserAssignedMSI</c> with the identity's client id in
/// <c>MicrosoftAppId</c>. The rest of <see cref="StoreOptions"/> is checked by <see cref="StoreOptionsValidator"/>.
/// </summary>
public sealed class StoreIdentityValidator(IOptions<BotCredentialsOptions> credentials) : IValidateOptions<StoreOptions>
{
    public ValidateOptionsResult Validate(string? name, StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.UsesManagedIdentity)
        {
            return ValidateOptionsResult.Success;
        }

        var bot = credentials.Value;
        return bot.HasAppId && ConnectorCredentialFactory.UsesManagedIdentity(bot)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Store:Authentication={StoreOptions.ManagedIdentityAuthentication} signs in to PostgreSQL with the bot's managed identity, "
                + $"but the bot has none: set MicrosoftAppType={BotCredentialsOptions.UserAssignedMsi} and MicrosoftAppId to the client id "
                + "of the user-assigned managed identity (or use Store:Authentication=Password with a password in ConnectionStrings:Store).");
    }
}
