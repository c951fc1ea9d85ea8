using CooperationBot.Benchmarks.Fanout;

namespace CooperationBot.Benchmarks.Tests.Fanout;

public sealed class FanoutSettingsTests
{
    [Fact]
    public void Parse_EveryOption_ReadAndGivenBackByToArgs()
    {
        string[] args = ["--subscribers", "200", "--rate", "1000", "--throttle", "0.05", "--retry-after", "2", "--concurrency", "8", "--runs", "5", "--items", "300"];

        var settings = FanoutSettings.Parse(args);

        Assert.Equal(new FanoutSettings { Subscribers = 200, Rate = 1_000, Throttle = 0.05, RetryAfterSeconds = 2, Concurrency = 8, Runs = 5, KnowledgeItems = 300 }, settings);
        Assert.Equal(settings, FanoutSettings.Parse([.. settings.ToArgs()]));
    }

    [Fact]
    public void Parse_NoOptions_IssueDefaults()
    {
        var settings = FanoutSettings.Parse([]);

        Assert.Equal((10_000, 2_000, 0.05, 1, 64, 3), (settings.Subscribers, settings.Rate, settings.Throttle, settings.RetryAfterSeconds, settings.Concurrency, settings.Runs));
    }

    [Fact]
    public void Parse_UnknownOption_Throws()
    {
        Assert.Throws<ArgumentException>(() => FanoutSettings.Parse(["--speed", "9"]));
    }
}
