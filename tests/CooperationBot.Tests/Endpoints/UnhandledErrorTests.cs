using System.Net;
using System.Text.Json.Nodes;
using CooperationBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;

namespace CooperationBot.Tests.Endpoints;

/// <summary>The host's last line of defence: an exception no handler caught becomes a plain problem document.</summary>
public sealed class UnhandledErrorTests
{
    private const string Secret = "connection string Password=hunter2";

    [Fact]
    public async Task Get_EndpointThrows_500ProblemJsonWithoutTheExceptionOrAStackTrace()
    {
        // Development: the developer exception page is on there, and the bot's own handler must still answer first.
        await using var host = await BotTestHost.StartAsync(
            mapMore: app => app.MapGet("/throws", string () => throw new InvalidOperationException(Secret)));

        using var response = await host.Client.GetAsync(new Uri("/throws", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text)!;
        Assert.Equal(500, (int)body["status"]!);
        Assert.Equal("Internal Server Error", (string?)body["title"]);
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
    }
}
