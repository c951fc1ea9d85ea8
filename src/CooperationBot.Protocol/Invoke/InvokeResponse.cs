using CooperationBot.Protocol.Processing;

namespace CooperationBot.Protocol.Invoke;

/// <summary>The synchronous answer to an invoke activity: the HTTP status and the JSON body.</summary>
/// <param name="Status">The HTTP status code of the answer.</param>
/// <param name="Body">The body, serialized with <see cref="ProtocolJson.Options"/>; null for none.</param>
public sealed record InvokeResponse(int Status, object? Body = null)
{
    /// <summary>200 with an empty body, e.g. for a feedback vote.</summary>
    public static InvokeResponse Ok() => new(200);

    /// <summary>400 with a problem body that says in plain words what is wrong with the invoke's value.</summary>
    public static InvokeResponse BadRequest(string detail) => new(400, new ProblemBody(400, "Bad Request", detail));

    /// <summary>501: no handler for this invoke name (Teams shows an error).</summary>
    public static InvokeResponse NotImplemented() => new(501);
}
