using CooperationBot.Bot.Phrasing;

namespace CooperationBot.Bot.Tests.Phrasing;

public class PhrasingOptionsValidatorTests
{
    [Fact]
    public void Validate_EmptySection_Succeeds()
    {
        var result = new PhrasingOptionsValidator().Validate(null, new PhrasingOptions { TimeoutSeconds = 99 });

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("https://my-resource.openai.azure.com/")]
    [InlineData("http://127.0.0.1:5123/")]
    [InlineData("http://localhost:5123")]
    public void Validate_AllowedEndpoint_Succeeds(string endpoint)
    {
        var result = new PhrasingOptionsValidator().Validate(null, Configured(endpoint));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("http://my-resource.openai.azure.com/")]
    [InlineData("http://10.0.0.5/")]
    [InlineData("my-resource.openai.azure.com")]
    [InlineData("/openai")]
    [InlineData("ftp://127.0.0.1/")]
    public void Validate_DisallowedEndpoint_FailsNamingEndpoint(string endpoint)
    {
        var result = new PhrasingOptionsValidator().Validate(null, Configured(endpoint));

        Assert.True(result.Failed);
        Assert.Contains("AzureOpenAI:Endpoint", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    public void Validate_TimeoutOutOfRange_FailsNamingTimeout(int seconds)
    {
        var options = Configured("https://my-resource.openai.azure.com/");
        options.TimeoutSeconds = seconds;

        var result = new PhrasingOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("TimeoutSeconds", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EndpointWithoutDeployment_Fails()
    {
        var result = new PhrasingOptionsValidator().Validate(null, new PhrasingOptions { Endpoint = "https://my-resource.openai.azure.com/" });

        Assert.True(result.Failed);
        Assert.Contains("Deployment", result.FailureMessage, StringComparison.Ordinal);
    }

    private static PhrasingOptions Configured(string endpoint) => new() { Endpoint = endpoint, Deployment = "gpt-4o" };
}
