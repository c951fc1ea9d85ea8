namespace CooperationBot.Benchmarks.Fuzz;

/// <summary>What the generated requests refer to: the loopback connector's serviceUrl and the bot's body limit.</summary>
internal sealed record FuzzTarget(string ServiceUrl, int BodyLimitBytes);
