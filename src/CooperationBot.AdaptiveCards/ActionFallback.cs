using System.Text.Json.Serialization;

namespace CooperationBot.AdaptiveCards;

/// <summary>What a client that cannot render an action shows instead: another action, or nothing.</summary>
[JsonConverter(typeof(ActionFallbackJsonConverter))]
public sealed class ActionFallback
{
    private ActionFallback(CardAction? action) => Action = action;

    /// <summary>Leave the action out on clients that cannot render it.</summary>
    public static ActionFallback Drop { get; } = new(null);

    /// <summary>The replacement action; null for <see cref="Drop"/>.</summary>
    public CardAction? Action { get; }

    /// <summary>Show <paramref name="action"/> instead, e.g. an <see cref="SubmitAction"/> for an <see cref="ExecuteAction"/>.</summary>
    public static ActionFallback To(CardAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new(action);
    }
}
