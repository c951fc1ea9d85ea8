namespace CooperationBot.Bot.Phrasing;

/// <summary>Why the model gave no phrased answer; the caller then sends the extractive answer.</summary>
public enum PhrasingFailure
{
    /// <summary>The model did not answer within <see cref="PhrasingOptions.TimeoutSeconds"/>.</summary>
    Timeout,

    /// <summary>The service failed: an HTTP error, a network fault, an authentication failure.</summary>
    Error,

    /// <summary>The model refused, or the service's content filter stopped the prompt or the answer.</summary>
    Refusal,

    /// <summary>The model answered with no text.</summary>
    Empty,

    /// <summary>No Azure OpenAI deployment is configured.</summary>
    NotConfigured,
}
