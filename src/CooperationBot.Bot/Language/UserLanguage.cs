namespace CooperationBot.Bot.Language;

/// <summary>The languages the bot answers in.</summary>
public enum UserLanguage
{
    Dutch,
    English,
}
