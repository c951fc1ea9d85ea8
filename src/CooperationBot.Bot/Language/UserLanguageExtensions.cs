namespace CooperationBot.Bot.Language;

public static class UserLanguageExtensions
{
    /// <summary>The two-letter code: <c>nl</c> or <c>en</c>.</summary>
    public static string Code(this UserLanguage language) => language == UserLanguage.English ? "en" : "nl";

    /// <summary>The other language: what a card's language switch offers.</summary>
    public static UserLanguage Other(this UserLanguage language) =>
        language == UserLanguage.English ? UserLanguage.Dutch : UserLanguage.English;
}
