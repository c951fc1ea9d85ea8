using System.Text.Encodings.Web;
using System.Text.Json;

namespace CooperationBot.Host.Cli;

/// <summary>What the commands that run on the bot's own host share: the host with logs on standard error, and the JSON style.</summary>
public static class CliHost
{
    /// <summary>Indented camelCase JSON without needless escaping, as the commands print it with <c>--json</c>.</summary>
    public static JsonSerializerOptions Json { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The bot's host (same configuration, store and connector) with every log on standard error, so standard output
    /// holds only the command's answer; <paramref name="minimumLevel"/> quiets it further when given.
    /// </summary>
    public static WebApplication Build(LogLevel? minimumLevel) => BotHost.Build([], builder =>
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        if (minimumLevel is { } level)
        {
            builder.Logging.SetMinimumLevel(level);
        }
    });
}
