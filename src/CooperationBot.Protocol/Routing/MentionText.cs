namespace CooperationBot.Protocol.Routing;

/// <summary>Removes the bot's own @mention from a message's text, using the activity's mention entities.</summary>
public static class MentionText
{
    /// <summary>
    /// The text without the mentions of <see cref="Activity.Recipient"/> (the bot), trimmed. Mentions of
    /// other people are kept. The mention text is matched literally, ignoring case: never as a regular expression,
    /// whose construction alone takes seconds for a mention of a hundred thousand special characters.
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
                && !string.IsNullOrEmpty(entity.Text)
                && entity.Text.Length <= text.Length)
            {
                text = text.Replace(entity.Text, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        return text.Trim();
    }
}
