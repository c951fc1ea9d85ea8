using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Briefings;

/// <summary>Stops start-up when briefing links could not be signed safely, with a message an operator can act on.</summary>
public sealed class BriefingOptionsValidator(IHostEnvironment environment) : IValidateOptions<BriefingOptions>
{
    private const string HowToSet =
        "Set Bot:BriefingSigningKey (environment variable Bot__BriefingSigningKey) to at least 32 random bytes in base64, " +
        "for example the output of `openssl rand -base64 32`.";

    public ValidateOptionsResult Validate(string? name, BriefingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.BriefingTokenLifetimeHours is < 1 or > 168)
        {
            return ValidateOptionsResult.Fail($"Bot:BriefingTokenLifetimeHours must be between 1 and 168 (was {options.BriefingTokenLifetimeHours}).");
        }

        if (string.IsNullOrWhiteSpace(options.BriefingSigningKey))
        {
            return ValidateOptionsResult.Fail(environment.IsDevelopment()
                ? $"The development briefing signing key file {options.KeyOrigin} could not be read or created. {HowToSet}"
                : $"Bot:BriefingSigningKey is not configured: outside the Development environment briefing links need a signing key. {HowToSet}");
        }

        return BriefingKeys.TryDecode(options.BriefingSigningKey, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"The briefing signing key from {options.KeyOrigin ?? "Bot:BriefingSigningKey"} is not base64 of at least {BriefingKeys.MinimumKeyBytes} bytes. {HowToSet}");
    }
}
