namespace CooperationBot.Bot.Cards;

/// <summary>The <c>verb</c>s of the digest cards' Action.Submit buttons, for the handlers to register.</summary>
public static class DigestVerbs
{
    /// <summary>Saves the settings form (and subscribes when not subscribed yet).</summary>
    public const string Save = "digestSave";

    /// <summary>Ends the subscription.</summary>
    public const string Unsubscribe = "digestUnsubscribe";

    /// <summary>Subscribes with the default settings.</summary>
    public const string Subscribe = "digestSubscribe";

    /// <summary>Shows the settings form.</summary>
    public const string Settings = "digestSettings";

    /// <summary>Shows the status card.</summary>
    public const string Status = "digestStatus";
}
