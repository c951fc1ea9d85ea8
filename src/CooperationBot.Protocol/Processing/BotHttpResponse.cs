namespace CooperationBot.Protocol.Processing;

/// <summary>The processor's answer: an HTTP status and an optional JSON body.</summary>
/// <param name="StatusCode">The HTTP status code.</param>
/// <param name="Body">The body to serialize with <see cref="ProtocolJson.Options"/>, or null for none.</param>
/// <param name="IsProblem">True when the body is a problem document (application/problem+json).</param>
public sealed record BotHttpResponse(int StatusCode, object? Body = null, bool IsProblem = false)
{
    public static BotHttpResponse Problem(int status, string title, string detail) =>
        new(status, new ProblemBody(status, title, detail), IsProblem: true);
}
