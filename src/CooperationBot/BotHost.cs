using CooperationBot.Host.Configuration;
using Microsoft.Extensions.Options;

namespace CooperationBot.Host;

/// <summary>Builds the web host the same way for the program and for the tests.</summary>
public static class BotHost
{
    /// <summary>
    /// The host with the bot's services. Configuration: appsettings.json (copied beside the program from the
    /// repository root), then environment variables, then the command line. <paramref name="configure"/> runs
    /// before the bot's services are added (configuration sources, a TimeProvider); <paramref name="overrideServices"/>
    /// after (replacements).
    /// </summary>
    public static WebApplication Build(
        string[] args,
        Action<WebApplicationBuilder>? configure = null,
        Action<IServiceCollection>? overrideServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        configure?.Invoke(builder);
        builder.AddCooperationBot();
        overrideServices?.Invoke(builder.Services);
        return builder.Build();
    }

    /// <summary>
    /// Validates every option class now, so a configuration error stops start-up with a plain message
    /// (not a stack trace). Returns false after writing the message.
    /// </summary>
    public static bool TryValidateConfiguration(WebApplication app, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            _ = app.Services.GetRequiredService<IOptions<BotCredentialsOptions>>().Value;
            _ = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
            return true;
        }
        catch (OptionsValidationException exception)
        {
            error.WriteLine("CooperationBot cannot start: the configuration is not valid.");
            foreach (var failure in exception.Failures)
            {
                error.WriteLine($"  - {failure}");
            }

            return false;
        }
    }
}
