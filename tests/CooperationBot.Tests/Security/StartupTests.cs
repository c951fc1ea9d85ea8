using System.Diagnostics;
using System.Net;
using CooperationBot.Host;
using Microsoft.Extensions.Configuration;

namespace CooperationBot.Tests.Security;

/// <summary>Security cases 23-24: the app id requirement outside Development, and a header while auth is off.</summary>
public sealed class StartupTests
{
    private const string MissingAppIdMessage = "MicrosoftAppId is not configured";

    // Case 23
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task TryValidateConfiguration_NoAppIdOutsideDevelopment_ReturnsFalseNamingMicrosoftAppId(string environment)
    {
        await using var app = BotHost.Build(
            ["--environment", environment],
            builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = "" }));
        using var error = new StringWriter();

        var valid = BotHost.TryValidateConfiguration(app, error);

        Assert.False(valid);
        Assert.Contains(MissingAppIdMessage, error.ToString(), StringComparison.Ordinal);
    }

    // Case 23: the real program, as a child process.
    [Fact]
    public async Task Program_NoAppIdInProduction_ExitsWithCode1AndPlainMessage()
    {
        var program = Path.Combine(AppContext.BaseDirectory, "CooperationBot.dll");
        Assert.True(File.Exists(program), $"{program} is missing: the test project references the host project.");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(program);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["MicrosoftAppId"] = "";
        start.Environment.Remove("MicrosoftAppPassword");

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var everything = await output + await error;
        Assert.Equal(1, process.ExitCode);
        Assert.Contains(MissingAppIdMessage, await error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", everything, StringComparison.Ordinal);
    }

    // Case 24: Development without an app id accepts anonymous requests, but a header is still validated.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PostActivity_HeaderWhileAuthOff_Returns401(bool validlySigned)
    {
        await using var bot = await StartWithoutAppIdAsync();
        var header = validlySigned ? bot.Header() : "Bearer not-a-token";

        await bot.AssertRejectedAsync(bot.Message(), header);
    }

    // Case 24 (control): the same host handles a request without a header, and sends its reply without a token.
    [Fact]
    public async Task PostActivity_NoHeaderWhileAuthOff_HandledAnonymouslyWithoutOutboundToken()
    {
        await using var bot = await StartWithoutAppIdAsync();

        await bot.AssertAcceptedAsync(bot.Message(), authorization: null);

        var reply = Assert.Single(bot.Connector.Requests);
        Assert.Null(reply.Authorization);
        Assert.Equal(0, bot.TokenServer.RequestCount);
    }

    // Case 24 (control): Development alone does not switch authentication off: with an app id a token is required.
    [Fact]
    public async Task PostActivity_NoHeaderInDevelopmentWithAppId_Returns401()
    {
        await using var bot = await SecureBot.StartAsync(o => o.Environment = "Development");

        await bot.AssertRejectedAsync(bot.Message(), authorization: null);
        using var accepted = await bot.PostAsync(bot.Message(), bot.Header());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    private static Task<SecureBot> StartWithoutAppIdAsync() => SecureBot.StartAsync(o =>
    {
        o.Environment = "Development";
        o.Settings["MicrosoftAppId"] = "";
        o.Settings["MicrosoftAppPassword"] = "";
    });
}
