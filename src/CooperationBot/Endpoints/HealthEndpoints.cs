using CooperationBot.Host.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CooperationBot.Host.Endpoints;

/// <summary>
/// <c>GET /healthz</c> (live: 200 while the process serves) and <c>GET /readyz</c> (ready: 200, or 503 naming the
/// failing check). Both anonymous, GET and HEAD, never cached.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/healthz";
    public const string ReadyPath = "/readyz";

    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>True for the health paths (left out of request traces).</summary>
    public static bool IsHealthPath(PathString path) => path.Equals(LivePath) || path.Equals(ReadyPath);

    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponseWriter.WriteAsync })
            .WithMetadata(new HttpMethodMetadata(Methods));
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthServiceRegistration.ReadyTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).WithMetadata(new HttpMethodMetadata(Methods));
        return app;
    }
}
