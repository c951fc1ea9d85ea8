using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CooperationBot.Bot.Tests.Answering;

public class AnsweringWarmUpTests
{
    [Fact]
    public async Task Start_BuildsTheIndex_BeforeAnyQuestion_AndTheFirstQuestionUsesIt()
    {
        var logs = new FakeLogCollector();
        await using var provider = Services(new InMemoryKnowledgeSource(TestKnowledge.Snapshot), logs);
        var warmUp = provider.GetServices<IHostedService>().OfType<AnsweringWarmUp>().Single();

        await warmUp.StartAsync(CancellationToken.None);
        await warmUp.Completion.WaitAsync(TimeSpan.FromSeconds(30));

        var built = logs.GetSnapshot().Where(r => r.Id.Id == 3001).ToList();
        Assert.Single(built);
        Assert.StartsWith("Answering index built", built[0].Message, StringComparison.Ordinal);
        var answerer = provider.GetRequiredService<Answerer>();
        Assert.True(answerer.Answer("Hoeveel Marokkanen zijn teruggekeerd?").Answered);
        Assert.Single(logs.GetSnapshot(), r => r.Id.Id == 3001);
        Assert.DoesNotContain(logs.GetSnapshot(), r => r.Level >= LogLevel.Warning);
        await warmUp.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Start_KnowledgeThatCannotBeRead_LogsAWarning_AndEndsWithoutError()
    {
        var logs = new FakeLogCollector();
        await using var provider = Services(new BrokenKnowledgeSource(), logs);
        var warmUp = provider.GetServices<IHostedService>().OfType<AnsweringWarmUp>().Single();

        await warmUp.StartAsync(CancellationToken.None);
        await warmUp.Completion.WaitAsync(TimeSpan.FromSeconds(30));

        var warning = Assert.Single(logs.GetSnapshot(), r => r.Id.Id == 3013);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.IsType<InvalidOperationException>(warning.Exception);
        Assert.True(warmUp.Completion.IsCompletedSuccessfully);
        await warmUp.StopAsync(CancellationToken.None);
    }

    private static ServiceProvider Services(IKnowledgeSource source, FakeLogCollector logs)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)));
        services.AddSingleton(source);
        services.AddAnswering();
        return services.BuildServiceProvider();
    }

    private sealed class BrokenKnowledgeSource : IKnowledgeSource
    {
        public KnowledgeSnapshot Current => throw new InvalidOperationException("The knowledge cannot be read.");

        public event EventHandler<KnowledgeSnapshot>? Changed
        {
            add { }
            remove { }
        }
    }
}
