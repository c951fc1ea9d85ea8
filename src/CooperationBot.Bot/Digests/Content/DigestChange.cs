namespace CooperationBot.Bot.Digests.Content;

/// <summary>How an item differs from the subscriber's previous digest.</summary>
public enum DigestChange
{
    /// <summary>The item is new since the previous digest.</summary>
    Added,

    /// <summary>The item was edited since the previous digest.</summary>
    Changed,

    /// <summary>The item is as it was (an upcoming item listed for its date only).</summary>
    Unchanged,
}
