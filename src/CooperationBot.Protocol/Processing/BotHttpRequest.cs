namespace CooperationBot.Protocol.Processing;

/// <summary>What the processor needs of an HTTP request to the messaging endpoint, free of any web framework.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Authorization">The Authorization header, if any.</param>
/// <param name="ContentType">The Content-Type header, if any.</param>
/// <param name="ContentLength">The declared body length, if any.</param>
/// <param name="Body">The request body.</param>
public sealed record BotHttpRequest(string Method, string? Authorization, string? ContentType, long? ContentLength, Stream Body);
