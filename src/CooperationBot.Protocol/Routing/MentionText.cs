using System.Text.RegularExpressions;

namespace CooperationBot.Protocol.Routing;

/// <summary>Removes the bot's own @mention from a message's text, using the activity's mention entities.</summary>
public static class MentionText
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The text without the mentions of <see cref="Activity.Recipient"/> (the bot), trimmed. Mentions of
    /// other people are kept. The mention text is matched literally (regex-escaped), ignoring case.
    /// </summary>
    public static string RemoveRecipientMention(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        if (activity.Entities is null || string.IsNullOrEmpty(botId))
        {
            return text.Trim();
        }

        foreach (var entity in activity.Entities)
        {
            if (entity.Type == Entity.MentionType
                && string.Equals(entity.Mentioned?.Id, botId, StringComparison.Ordinal)
                && !string.IsNullOrEmpty(entity.Text))
            {
                text = Regex.Replace(text, Regex.Escape(entity.Text), string.Empty, RegexOptions.IgnoreCase, RegexTimeout);
            }
        }

        return text.Trim();
    }
}
