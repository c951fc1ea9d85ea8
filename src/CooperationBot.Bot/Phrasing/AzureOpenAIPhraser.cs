using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI.Chat;

namespace CooperationBot.Bot.Phrasing;

/// <summary>
/// Phrases answers with an Azure OpenAI chat deployment: temperature 0, answer only from the items, cite their ids.
/// The call is cut off after <see cref="PhrasingOptions.TimeoutSeconds"/> on the injected clock and is not retried
/// (the extractive answer is the fallback); failures come back as a <see cref="PhrasingFailure"/>.
/// </summary>
public sealed class AzureOpenAIPhraser : IAnswerPhraser
{
    private const string ContentFilterCode = "content_filter";

    private readonly ChatClient _chat;
    private readonly PhrasingOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly PhrasingCounters _counters;
    private readonly ILogger<AzureOpenAIPhraser> _logger;

    public AzureOpenAIPhraser(
        IOptions<PhrasingOptions> options,
        TimeProvider timeProvider,
        PhrasingCounters counters,
        ILogger<AzureOpenAIPhraser> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        if (!_options.IsConfigured)
        {
            throw new InvalidOperationException("AzureOpenAI:Endpoint and AzureOpenAI:Deployment must be set.");
        }

        _timeProvider = timeProvider;
        _counters = counters;
        _logger = logger;
        var endpoint = new Uri(_options.Endpoint!, UriKind.Absolute);
        var clientOptions = new AzureOpenAIClientOptions { RetryPolicy = new ClientRetryPolicy(maxRetries: 0) };
        var client = string.IsNullOrWhiteSpace(_options.ApiKey)
            ? new AzureOpenAIClient(endpoint, new DefaultAzureCredential(), clientOptions)
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(_options.ApiKey), clientOptions);
        _chat = client.GetChatClient(_options.Deployment);
        Log.Configured(logger, _options.Deployment!, endpoint.Host, string.IsNullOrWhiteSpace(_options.ApiKey) ? "Entra ID" : "key");
    }

    public async Task<PhrasingReply> PhraseAsync(PhrasingRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reply = await CallAsync(request, ct).ConfigureAwait(false);
        _counters.Record(reply.Failure);
        return reply;
    }

    private async Task<PhrasingReply> CallAsync(PhrasingRequest request, CancellationToken ct)
    {
        var started = _timeProvider.GetTimestamp();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(_options.TimeoutSeconds), _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        ChatMessage[] messages =
        [
            new SystemChatMessage(PhrasingPrompt.System(request.Language)),
            new UserChatMessage(PhrasingPrompt.User(request)),
        ];
        var completionOptions = new ChatCompletionOptions { Temperature = 0f };
        try
        {
            ChatCompletion completion = await _chat.CompleteChatAsync(messages, completionOptions, linked.Token).ConfigureAwait(false);
            return Read(completion, request.Items.Count, _timeProvider.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            Log.TimedOut(_logger, _options.TimeoutSeconds);
            return PhrasingReply.Failed(PhrasingFailure.Timeout);
        }
        catch (ClientResultException exception) when (IsContentFilter(exception))
        {
            Log.Refused(_logger, ContentFilterCode);
            return PhrasingReply.Failed(PhrasingFailure.Refusal);
        }
        catch (ClientResultException exception)
        {
            Log.ServiceFailed(_logger, exception.Status);
            return PhrasingReply.Failed(PhrasingFailure.Error);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.Unreachable(_logger, exception, exception.GetType().Name);
            return PhrasingReply.Failed(PhrasingFailure.Error);
        }
    }

    private PhrasingReply Read(ChatCompletion completion, int items, TimeSpan elapsed)
    {
        var finishReason = completion.FinishReason.ToString();
        if (!string.IsNullOrWhiteSpace(completion.Refusal) || completion.FinishReason == ChatFinishReason.ContentFilter)
        {
            Log.Refused(_logger, finishReason);
            return PhrasingReply.Failed(PhrasingFailure.Refusal);
        }

        var text = string.Concat(completion.Content.Where(part => part.Kind == ChatMessageContentPartKind.Text).Select(part => part.Text)).Trim();
        if (text.Length == 0)
        {
            Log.EmptyAnswer(_logger, finishReason);
            return PhrasingReply.Failed(PhrasingFailure.Empty);
        }

        Log.Phrased(_logger, items, (long)elapsed.TotalMilliseconds);
        return PhrasingReply.Phrased(text);
    }

    /// <summary>Azure's content filter rejects a prompt with HTTP 400 and the error code <c>content_filter</c>.</summary>
    private static bool IsContentFilter(ClientResultException exception) =>
        exception.Status == 400
        && exception.GetRawResponse()?.Content?.ToString().Contains(ContentFilterCode, StringComparison.Ordinal) == true;
}
