namespace CooperationBot.Protocol;

/// <summary>Values of <see cref="Activity.DeliveryMode"/>.</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";

    /// <summary>The replies travel back in the HTTP response body as <c>{"activities":[...]}</c>.</summary>
    public const string ExpectReplies = "expectReplies";
}
