using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Storage;

namespace CooperationBot.Host.Cli;

/// <summary>
/// The operators' digest commands, on the same configuration, store and connector as the running bot:
/// <c>digest run --now</c> delivers today's digest to every subscriber who has not had it today and exits;
/// <c>digest status [--json]</c> prints the subscribers, their last delivery and failures.
/// </summary>
public static class DigestCommandLine
{
    public const string UsageLine = "Usage: digest run --now   |   digest status [--json]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var (verb, json) = args switch
        {
            ["run", "--now"] => ("run", false),
            ["status"] => ("status", false),
            ["status", "--json"] => ("status", true),
            _ => (null, false),
        };
        if (verb is null)
        {
            await error.WriteLineAsync(UsageLine).ConfigureAwait(false);
            return 2;
        }

        // Logs go to standard error, so standard output holds only the command's answer (JSON for --json).
        await using var app = CliHost.Build(verb == "status" ? LogLevel.Warning : null);
        if (!BotHost.TryValidateConfiguration(app, error))
        {
            return 1;
        }

        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler cancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += cancel;
        try
        {
            return verb == "run"
                ? await RunNowAsync(app.Services, output, cancellation.Token).ConfigureAwait(false)
                : await StatusAsync(app.Services, json, output, cancellation.Token).ConfigureAwait(false);
        }
        catch (DbException exception)
        {
            await error.WriteLineAsync($"The store could not be used: {exception.Message}").ConfigureAwait(false);
            return 1;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Stopped.").ConfigureAwait(false);
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= cancel;
        }
    }

    private static async Task<int> RunNowAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var report = await services.GetRequiredService<DigestRunner>().RunNowAsync(cancellationToken).ConfigureAwait(false);
        var delivery = report.Delivery;
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"digest run: {report.Enqueued} scheduled ({report.Skipped} without changes, no message wanted); {delivery.Sent} sent, {delivery.Parked} parked (conversation gone), {delivery.Failed} failed, {delivery.Rescheduled} still open"))
            .ConfigureAwait(false);
        var inDoubt = (await services.GetRequiredService<IDigestStore>().CountOutboxAsync(cancellationToken).ConfigureAwait(false))
            .GetValueOrDefault(OutboxState.InDoubt);
        if (inDoubt > 0)
        {
            // Not a failure of this run: these are never sent again (a duplicate is worse than a gap), so nothing is left to do.
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{inDoubt} in doubt in the outbox (a connector call was cut off, e.g. by a stop or a timeout; not sent again): see digest status"))
                .ConfigureAwait(false);
        }

        return delivery.Failed == 0 && delivery.Rescheduled == 0 ? 0 : 1;
    }

    private static async Task<int> StatusAsync(IServiceProvider services, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        var status = await DigestStatusReport.LoadAsync(services.GetRequiredService<IDigestStore>(), cancellationToken).ConfigureAwait(false);
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(status, CliHost.Json)).ConfigureAwait(false);
        }
        else
        {
            await status.WriteTextAsync(output).ConfigureAwait(false);
        }

        return 0;
    }
}
