using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Briefings;

/// <summary>
/// Fills in the signing key before validation: the configured one, or in Development the key from (or generated
/// into) the development key file.
/// </summary>
internal sealed class BriefingKeySetup(IHostEnvironment environment, ILogger<BriefingKeySetup> logger) : IPostConfigureOptions<BriefingOptions>
{
    public void PostConfigure(string? name, BriefingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.BriefingSigningKey))
        {
            options.KeyOrigin = "Bot:BriefingSigningKey";
            return;
        }

        if (!environment.IsDevelopment())
        {
            return;
        }

        var path = Path.GetFullPath(options.BriefingKeyFile);
        options.KeyOrigin = path;
        try
        {
            var (key, created) = BriefingKeys.LoadOrCreate(path);
            options.BriefingSigningKey = key;
            Log.DevelopmentKeyUsed(logger, path, created);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.DevelopmentKeyFailed(logger, exception, path);
        }
    }
}
