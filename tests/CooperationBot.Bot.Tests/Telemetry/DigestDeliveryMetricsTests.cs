using System.Diagnostics.Metrics;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Telemetry;
using CooperationBot.Bot.Tests.Digests;
using CooperationBot.Testing.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using static CooperationBot.Bot.Tests.Digests.DigestTestBed;

namespace CooperationBot.Bot.Tests.Telemetry;

/// <summary>Digest deliveries are counted by outcome as the dispatcher records them, against the loopback connector.</summary>
public sealed class DigestDeliveryMetricsTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly MondayDate = new(2026, 3, 2);

    [Fact]
    public async Task DeliverDueAsync_OneOfEachOutcome_CountsEachOutcomeOnce()
    {
        var settings = new DigestTestBedSettings
        {
            Time = new FakeTimeProvider(Monday),
            ConnectorMaxRetries = 0,
            // Only the held (Timeout) send should run out: 1 s also cut ordinary sends on a loaded machine.
            ConnectorTimeout = TimeSpan.FromSeconds(5),
        };
        await using var bed = await StartAsync(settings, new FaultInjectionOptions { RetryAfterSeconds = 40 });
        using var deliveries = new MetricCollector<long>(
            bed.Services.GetRequiredService<IMeterFactory>(), BotMetrics.MeterName, BotMetrics.DigestDeliveries);
        await bed.SeedAsync(5);
        bed.Connector.FailAlways(ChatId(1), ConnectorFault.Forbidden);
        bed.Connector.FailFirst(ChatId(3), 1, ConnectorFault.Throttled);
        bed.Connector.FailFirst(ChatId(4), 1, ConnectorFault.Timeout);
        foreach (var index in new[] { 0, 1, 3, 4 })
        {
            await bed.EnqueueAsync(index, MondayDate);
        }

        await bed.Store.EnqueueAsync(
            new OutboxEntry
            {
                SubscriberId = SubscriberId(2),
                DigestDate = MondayDate,
                KnowledgeVersion = bed.Knowledge.Current.Version,
                ActivityJson = "not an activity",
                NextAttemptAt = Monday,
                CreatedAt = Monday,
            },
            default);

        await bed.Dispatcher.DeliverDueAsync(default);

        var outcomes = deliveries.GetMeasurementSnapshot()
            .Select(m => (string)m.Tags[BotMetrics.DigestOutcomeTag]!)
            .Order(StringComparer.Ordinal);
        Assert.Equal(["failed", "in_doubt", "parked", "rescheduled", "sent"], outcomes);
    }
}
