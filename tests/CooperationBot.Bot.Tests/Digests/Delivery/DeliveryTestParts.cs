using System.Text.Json.Nodes;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Delivery;
using CooperationBot.Protocol.Connector;
using CooperationBot.Protocol.Proactive;
using CooperationBot.Testing.Connector;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Bot.Tests.Digests.Delivery;

/// <summary>Real connector parts in development mode (no token) and digest fixtures for the delivery tests.</summary>
internal static class DeliveryTestParts
{
    public const string TenantId = "tenant-1";
    public const string BotId = "28:bot-app";
    public const string UserId = "29:user-1";
    public const string ChatId = "a:chat-1";
    public const string SecretText = "Vertrouwelijke samenvatting voor de manager";

    public static readonly DateTimeOffset Now = new(2025, 3, 3, 6, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Date = new(2025, 3, 3);
    public static readonly string SubscriberId = DigestSubscription.PersonalKey(TenantId, UserId);
    public static readonly string Key = DigestSender.DigestKey(SubscriberId, Date);

    /// <summary>A development-mode client (any http serviceUrl, no token) whose own retry waits pass at once.</summary>
    public static ConnectorClient Client(int maxRetries = 1, TimeSpan? timeout = null) =>
        new(
            new HttpClient(ConnectorHttpHandler.CreatePrimaryHandler()) { Timeout = timeout ?? TimeSpan.FromSeconds(30) },
            null,
            Options.Create(new ConnectorOptions { MaxRetries = maxRetries }),
            new InstantDelayTimeProvider(),
            NullLogger<ConnectorClient>.Instance);

    public static DigestSender Sender(
        ConnectorClient? client = null, DigestDeliveryOptions? options = null, ILogger<DigestSender>? logger = null) =>
        new(client ?? Client(), new FakeTimeProvider(Now), logger ?? NullLogger<DigestSender>.Instance, options);

    public static OutboxEntry Entry(int attempts = 1, string? activityJson = null) => new()
    {
        SubscriberId = SubscriberId,
        DigestDate = Date,
        KnowledgeVersion = "v1",
        ActivityJson = activityJson ?? ActivityJson(),
        Attempts = attempts,
        NextAttemptAt = Now,
        CreatedAt = Now,
    };

    /// <summary>A digest message with text, a card and channelData of its own, as the outbox stores it.</summary>
    public static string ActivityJson() => new JsonObject
    {
        ["type"] = "message",
        ["id"] = "stale-id",
        ["serviceUrl"] = "https://stale.example/",
        ["text"] = SecretText,
        ["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.card.adaptive",
            ["content"] = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" },
        }),
        ["channelData"] = new JsonObject { ["feedbackLoop"] = new JsonObject { ["type"] = "default" } },
    }.ToJsonString();

    public static ConversationReference Personal(string serviceUrl, string conversationId = ChatId) =>
        new(conversationId, serviceUrl, "msteams", ConversationReference.Personal, TenantId, BotId, UserId, "nl-NL");

    public static ConversationReference Channel(string serviceUrl, string conversationId) =>
        new(conversationId, serviceUrl, "msteams", ConversationReference.Channel, TenantId, BotId, null, null);
}
