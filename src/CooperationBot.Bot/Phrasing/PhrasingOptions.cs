using System.ComponentModel.DataAnnotations;

namespace CooperationBot.Bot.Phrasing;

/// <summary>The optional Azure OpenAI deployment that phrases answers: configuration section <c>AzureOpenAI</c>.</summary>
public sealed class PhrasingOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "AzureOpenAI";

    /// <summary>The Azure OpenAI resource, e.g. <c>https://my-resource.openai.azure.com/</c> (https; http only for loopback in tests).</summary>
    /// <value>The default is null: no phrasing.</value>
    public string? Endpoint { get; set; }

    /// <summary>The chat model deployment's name.</summary>
    /// <value>The default is null: no phrasing.</value>
    public string? Deployment { get; set; }

    /// <summary>The resource's key; without one the bot signs in with Entra ID (managed identity, environment, ...).</summary>
    /// <value>The default is null: Entra ID.</value>
    public string? ApiKey { get; set; }

    /// <summary>How long the bot waits for the model before it sends the extractive answer (within the 15-second Teams limit).</summary>
    /// <value>The default is 8 seconds.</value>
    [Range(1, 14)]
    public int TimeoutSeconds { get; set; } = 8;

    /// <summary>Whether a deployment is configured: <see cref="Endpoint"/> and <see cref="Deployment"/> are both set.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Deployment);

    /// <summary>Whether any of endpoint, deployment or key is set (then the section is validated).</summary>
    internal bool IsAnySet =>
        !string.IsNullOrWhiteSpace(Endpoint) || !string.IsNullOrWhiteSpace(Deployment) || !string.IsNullOrWhiteSpace(ApiKey);
}
