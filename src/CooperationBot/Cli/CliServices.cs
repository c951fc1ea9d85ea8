using CooperationBot.Bot;
using CooperationBot.Bot.Knowledge.Hosting;
using CooperationBot.Host.Configuration;
using CooperationBot.Host.Identity;

namespace CooperationBot.Host.Cli;

/// <summary>
/// The bot's own services for a command: the same configuration (appsettings.json, environment variables), the
/// same knowledge file and the same answering pipeline as the running bot, without the web host.
/// </summary>
public static class CliServices
{
    /// <summary>The services, or null after writing why the knowledge could not be loaded.</summary>
    public static ServiceProvider? TryCreate(TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).SetMinimumLevel(LogLevel.Error))
            .AddKnowledge(configuration)
            .AddBotLogic(configuration);

        // The bot's managed identity, for a PostgreSQL store with Store:Authentication=ManagedIdentity.
        services.AddOptions<BotCredentialsOptions>().Bind(configuration);
        services.AddBotIdentity(configuration.Get<BotCredentialsOptions>() ?? new BotCredentialsOptions());
        var provider = services.BuildServiceProvider();
        try
        {
            _ = provider.GetRequiredService<KnowledgeFileSource>();
            return provider;
        }
        catch (KnowledgeLoadException exception)
        {
            foreach (var diagnostic in exception.Result?.Diagnostics ?? [])
            {
                error.WriteLine(diagnostic.ToString());
            }

            error.WriteLine(exception.Message);
            provider.Dispose();
            return null;
        }
    }
}
