using System.Data.Common;
using CooperationBot.Bot.Briefings;
using CooperationBot.Bot.Curators;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Hosting;
using CooperationBot.Bot.Phrasing;
using CooperationBot.Bot.Storage;
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
    /// Validates every option class, loads the knowledge file and creates or migrates the store's schema now, so a configuration error or an invalid
    /// knowledge file stops start-up with plain messages (not a stack trace). Returns false after writing them.
    /// </summary>
    public static bool TryValidateConfiguration(WebApplication app, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(error);
        // The knowledge file is read and checked on a thread of its own while the options are validated and the store
        // migrated (its errors are reported as before: GetResult throws what the load threw).
        var knowledge = Task.Run(() => app.Services.GetRequiredService<IKnowledgeSource>().Current);
        try
        {
            _ = app.Services.GetRequiredService<IOptions<BotCredentialsOptions>>().Value;
            _ = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
            _ = app.Services.GetRequiredService<IOptions<BriefingOptions>>().Value;
            _ = app.Services.GetRequiredService<IOptions<CuratorOptions>>().Value;
            _ = app.Services.GetRequiredService<IOptions<DigestOptions>>().Value;
            _ = app.Services.GetRequiredService<IOptions<PhrasingOptions>>().Value;
            _ = app.Services.GetRequiredService<IOptions<OpenTelemetryOptions>>().Value;
            _ = app.Services.GetRequiredService<IOptions<StoreOptions>>().Value;
            app.Services.GetRequiredService<IDigestStore>().MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
            _ = knowledge.GetAwaiter().GetResult();
            return true;
        }
        catch (DbException exception)
        {
            // The provider's message names the server or file and the failure, never the password; a missing token says why.
            var reason = StoreTokenException.Find(exception)?.Message ?? exception.Message;
            error.WriteLine($"CooperationBot cannot start: the store (Store:Provider, ConnectionStrings:Store) cannot be opened or migrated: {reason}");
            return false;
        }
        catch (KnowledgeLoadException exception)
        {
            error.WriteLine("CooperationBot cannot start: the knowledge file is not valid.");
            foreach (var diagnostic in exception.Result?.Diagnostics ?? [])
            {
                error.WriteLine($"  {diagnostic}");
            }

            return false;
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
