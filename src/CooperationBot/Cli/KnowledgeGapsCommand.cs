using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using CooperationBot.Bot.Curators;

namespace CooperationBot.Host.Cli;

/// <summary>
/// <c>knowledge gaps [--since yyyy-MM-dd] [--json]</c>: the curators' report from the bot's store (same configuration
/// as the running bot): unanswered questions (refused or partly known, with what is missing) grouped by similarity and
/// down-voted answers with their comments, most frequent first. A text table, or camelCase JSON with <c>--json</c>;
/// logs go to standard error. Exit 0, 1 when the configuration or store fails, 2 on usage errors.
/// </summary>
public static class KnowledgeGapsCommand
{
    public const string UsageLine = "Usage: knowledge gaps [--since yyyy-MM-dd] [--json]";

    private const string SinceOption = "--since";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!TryParse(args, out var since, out var json, out var problem))
        {
            await error.WriteLineAsync(problem).ConfigureAwait(false);
            await error.WriteLineAsync(UsageLine).ConfigureAwait(false);
            return 2;
        }

        await using var app = CliHost.Build(LogLevel.Warning);
        if (!BotHost.TryValidateConfiguration(app, error))
        {
            return 1;
        }

        try
        {
            var report = await app.Services.GetRequiredService<GapReportService>().CreateAsync(since, CancellationToken.None).ConfigureAwait(false);
            await output.WriteLineAsync(json ? JsonSerializer.Serialize(report, CliHost.Json) : GapReportText.Format(report)).ConfigureAwait(false);
            return 0;
        }
        catch (DbException exception)
        {
            await error.WriteLineAsync($"The store could not be used: {exception.Message}").ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>Reads the arguments; false with the problem for anything else than one <c>--since</c> date and <c>--json</c>.</summary>
    public static bool TryParse(string[] args, out DateTimeOffset? since, out bool json, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(args);
        since = null;
        json = false;
        if (args.Contains("--lang", StringComparer.Ordinal))
        {
            problem = "Unknown option '--lang'.";
            return false;
        }

        if (!CliArguments.TryParse(args, [SinceOption], out var parsed, out problem))
        {
            return false;
        }

        json = parsed.Json;
        if (parsed.Words.Count > 0)
        {
            problem = $"Unexpected argument '{parsed.Words[0]}'.";
            return false;
        }

        if (parsed.Values.TryGetValue(SinceOption, out var text))
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problem = $"--since takes a date as yyyy-MM-dd, for example 2026-01-01 (not '{text}').";
                return false;
            }

            since = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        return true;
    }
}
