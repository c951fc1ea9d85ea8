using CooperationBot.Host;
using Microsoft.Extensions.Configuration;

namespace CooperationBot.Tests.Phrasing;

public class PhrasingStartupTests
{
    [Theory]
    [InlineData("http://example.com/", "gpt")]
    [InlineData("https://example.openai.azure.com/", "")]
    public async Task TryValidateConfiguration_BadAzureOpenAISettings_ReturnsFalseWithAPlainMessage(string endpoint, string deployment)
    {
        await using var app = BotHost.Build(
            ["--environment", "Development"],
            builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AzureOpenAI:Endpoint"] = endpoint,
                ["AzureOpenAI:Deployment"] = deployment,
                ["ConnectionStrings:Store"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"cooperationbot-test-{Guid.NewGuid():N}.db")};Pooling=False",
            }));
        using var error = new StringWriter();

        var valid = BotHost.TryValidateConfiguration(app, error);

        Assert.False(valid);
        Assert.Contains("the configuration is not valid", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("AzureOpenAI", error.ToString(), StringComparison.Ordinal);
    }
}
