namespace CooperationBot.Bot.Digests;

/// <summary>Whether a subscription gets digests.</summary>
public enum SubscriptionState
{
    /// <summary>Digests are scheduled and delivered.</summary>
    Active,

    /// <summary>Stopped by the bot because the conversation is gone (uninstall, 403 or 404); the reason is kept.</summary>
    Parked,

    /// <summary>
    /// Ended by the subscriber (<c>digest uit</c>): no digests; the preferences are kept, so subscribing again brings
    /// back the time, days and language chosen before.
    /// </summary>
    Unsubscribed,
}
