using CooperationBot.Host.Endpoints;
using CooperationBot.Protocol.Processing;

namespace CooperationBot.Host;

/// <summary>Maps the bot's HTTP endpoints.</summary>
public static class EndpointRouteBuilderExtensions
{
    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler(errors => errors.Run(async http =>
        {
            // Last line of defence: a plain problem document, never a stack trace.
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await http.Response.WriteAsJsonAsync(
                new ProblemBody(500, "Internal Server Error", "The bot could not handle this request."),
                options: null,
                contentType: "application/problem+json",
                http.RequestAborted).ConfigureAwait(false);
        }));
        app.Map(MessagesEndpoint.Path, MessagesEndpoint.HandleAsync);
        app.MapGet(BriefingEndpoint.Route, BriefingEndpoint.Handle);
        app.MapHealthEndpoints();
        app.MapGet("/", () => Results.Text($"CooperationBot is running. Teams sends activities to POST {MessagesEndpoint.Path}."));
        return app;
    }
}
