using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace CooperationBot.Testing.Connector;

/// <summary>One request a loopback server received, exactly as it arrived.</summary>
public sealed class RecordedRequest
{
    public required string Method { get; init; }

    /// <summary>The request target as sent: path and query, still percent-escaped.</summary>
    public required string RawTarget { get; init; }

    /// <summary>Header name to value (values of a repeated header joined with a comma); names ignore case.</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    public required string Body { get; init; }

    /// <summary>The path part of <see cref="RawTarget"/>, still escaped.</summary>
    public string RawPath => RawTarget.Split('?', 2)[0];

    /// <summary>The Authorization header, or null when none was sent.</summary>
    public string? Authorization => Headers.GetValueOrDefault("Authorization");

    public string? ContentType => Headers.GetValueOrDefault("Content-Type");

    /// <summary>The body parsed as JSON.</summary>
    public JsonNode? BodyJson() => JsonNode.Parse(Body);

    /// <summary>The body parsed as an <c>application/x-www-form-urlencoded</c> form (field name to value).</summary>
    public IReadOnlyDictionary<string, string> Form() =>
        QueryHelpers.ParseQuery(Body).ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);
}
