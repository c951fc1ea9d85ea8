using CooperationBot.Bot.Language;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Answering;

/// <summary>
/// Builds the answering index and answers one question of its own on a thread-pool thread as the host starts, while
/// the web server starts, so the first user's question does not wait for the index or for answering code run the
/// first time. A question that comes sooner waits for the same index (the <see cref="Answerer"/> is one singleton),
/// which it would otherwise have built itself. A failure is logged and changes nothing: the first question then builds
/// the index as before. The warm-up's own answer is not recorded anywhere (answering logs at Debug only).
/// </summary>
public sealed class AnsweringWarmUp(IServiceProvider services, ILogger<AnsweringWarmUp> logger) : BackgroundService
{
    /// <summary>A question on the knowledge's subject: answered or not, it runs the search, the checks and the composing of an answer.</summary>
    internal const string Question = "Wat is de samenwerking met Marokko op het gebied van migratie?";

    /// <summary>Done when the warm-up has ended, with or without success (for tests).</summary>
    internal Task Completion => ExecuteTask ?? Task.CompletedTask;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            try
            {
                var answerer = services.GetRequiredService<Answerer>();
                if (!stoppingToken.IsCancellationRequested)
                {
                    _ = answerer.Answer(Question, UserLanguage.Dutch);
                }
            }
#pragma warning disable CA1031 // A warm-up never stops the host: the first question builds the index again and reports its own error.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Log.WarmUpFailed(logger, exception);
            }
        },
        CancellationToken.None);
}
