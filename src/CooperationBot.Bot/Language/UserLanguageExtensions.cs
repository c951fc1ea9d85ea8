namespace CooperationBot.Bot.Language;

public static class UserLanguageExtensions
{
    /// <summary>The two-letter code: <c>nl</c> or <c>en</c>.</summary>
    public static string Code(this UserLanguage language) => language == UserLanguage.English ? "en" : "nl";
}
