using System.Text.Json;
using CooperationBot.Protocol;
using CooperationBot.Protocol.Processing;

namespace CooperationBot.Host.Endpoints;

/// <summary>The Bot Framework messaging endpoint: maps HTTP to the framework-free <see cref="ActivityProcessor"/>.</summary>
public static class MessagesEndpoint
{
    public const string Path = "/api/messages";

    public static async Task HandleAsync(HttpContext http, ActivityProcessor processor)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(processor);
        var request = new BotHttpRequest(
            http.Request.Method,
            http.Request.Headers.Authorization.Count > 0 ? http.Request.Headers.Authorization.ToString() : null,
            http.Request.ContentType,
            http.Request.ContentLength,
            http.Request.Body);
        var response = await processor.ProcessAsync(request, http.RequestAborted).ConfigureAwait(false);
        await WriteAsync(http, response).ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpContext http, BotHttpResponse response)
    {
        http.Response.StatusCode = response.StatusCode;
        if (response.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = "POST";
        }

        if (response.Body is null)
        {
            http.Response.ContentLength = 0;
            return;
        }

        http.Response.ContentType = response.IsProblem ? "application/problem+json" : "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(http.Response.Body, response.Body, response.Body.GetType(), ProtocolJson.Options, http.RequestAborted)
            .ConfigureAwait(false);
    }
}
