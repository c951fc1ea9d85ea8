using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CooperationBot.Testing.Connector;
using Microsoft.AspNetCore.Http;

namespace CooperationBot.Testing.OpenAI;

/// <summary>
/// A fake Azure OpenAI resource on 127.0.0.1 with a free port: <c>POST /openai/deployments/{deployment}/chat/completions?api-version=...</c>
/// answers from the script (<see cref="Completion"/>, <see cref="ScriptedResponse.Error"/>, with
/// <see cref="ScriptedResponse.Delay"/> for a slow model), then with HTTP 500; any other request gets 404 and leaves
/// the script alone. Every request is recorded with its headers (<c>api-key</c>) and body.
/// </summary>
public sealed partial class LoopbackAzureOpenAIServer : LoopbackHttpServer
{
    private LoopbackAzureOpenAIServer()
    {
    }

    /// <summary>The resource's endpoint, <c>http://127.0.0.1:port/</c>, for <c>AzureOpenAI:Endpoint</c>.</summary>
    public Uri Endpoint => BaseAddress;

    /// <summary>Starts a server.</summary>
    public static async Task<LoopbackAzureOpenAIServer> StartAsync()
    {
        var server = new LoopbackAzureOpenAIServer();
        await server.ListenAsync();
        return server;
    }

    /// <summary>A chat completion whose one choice says <paramref name="content"/> (null for none), in the OpenAI format.</summary>
    public static ScriptedResponse Completion(string? content, string finishReason = "stop", string? refusal = null)
    {
        var body = new JsonObject
        {
            ["id"] = "chatcmpl-loopback",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = "gpt-4o",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content, ["refusal"] = refusal },
                ["finish_reason"] = finishReason,
                ["logprobs"] = null,
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 5, ["total_tokens"] = 15 },
        };
        return ScriptedResponse.Json(StatusCodes.Status200OK, body.ToJsonString());
    }

    /// <summary>The deployment named in a recorded request's path, or null when the path is not a chat completion.</summary>
    public static string? DeploymentOf(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var match = ChatCompletionsPath().Match(request.RawPath);
        return match.Success ? Uri.UnescapeDataString(match.Groups["deployment"].Value) : null;
    }

    /// <summary>The content of the message with <paramref name="role"/> ("system", "user") in a recorded chat completion request.</summary>
    public static string MessageOf(RecordedRequest request, string role)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.BodyJson()!["messages"]!.AsArray().Single(m => (string?)m!["role"] == role)!["content"]!.ToString();
    }

    protected override ScriptedResponse? Refuse(RecordedRequest request) =>
        request.Method == HttpMethods.Post && DeploymentOf(request) is not null && request.RawTarget.Contains("api-version=", StringComparison.Ordinal)
            ? null
            : ScriptedResponse.Error(StatusCodes.Status404NotFound, "NotFound");

    protected override ScriptedResponse DefaultResponse(RecordedRequest request, int number) =>
        ScriptedResponse.Error(StatusCodes.Status500InternalServerError, "no_scripted_reply");

    [GeneratedRegex("^/openai/deployments/(?<deployment>[^/]+)/chat/completions$")]
    private static partial Regex ChatCompletionsPath();
}
