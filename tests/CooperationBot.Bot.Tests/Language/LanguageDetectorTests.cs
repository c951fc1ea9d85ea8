using System.Text.Json.Nodes;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Tests.Language;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("hulp", "en-US", UserLanguage.Dutch)]
    [InlineData("help", "nl-NL", UserLanguage.Dutch)]
    [InlineData("help", "en-US", UserLanguage.English)]
    [InlineData("help", null, UserLanguage.Dutch)]
    [InlineData("what can you do?", "nl-NL", UserLanguage.English)]
    [InlineData("wat kun je?", "en-GB", UserLanguage.Dutch)]
    [InlineData("hoeveel migranten keerden terug", "en-US", UserLanguage.Dutch)]
    [InlineData("how many migrants returned", "nl-NL", UserLanguage.English)]
    [InlineData("Is Morocco a destination country?", "nl-NL", UserLanguage.English)]
    [InlineData("Is Morocco a destination country?", null, UserLanguage.English)]
    [InlineData("Is Marokko een bestemmingsland?", "en-US", UserLanguage.Dutch)]
    public void Detect_TextAndLocale_PicksLanguage(string text, string? locale, UserLanguage expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text, locale));
    }

    [Theory]
    [InlineData("help")]
    [InlineData("digest status")]
    [InlineData("2023")]
    [InlineData("")]
    public void DetectWords_NothingTells_IsNull(string text)
    {
        Assert.Null(LanguageDetector.DetectWords(text));
    }

    [Theory]
    [InlineData("en", UserLanguage.English)]
    [InlineData("nl", UserLanguage.Dutch)]
    public void Detect_ExplicitLangInCardData_Wins(string lang, UserLanguage expected)
    {
        var data = new JsonObject { ["verb"] = "help", ["lang"] = lang };

        Assert.Equal(expected, LanguageDetector.Detect("hoeveel wat wie", lang == "en" ? "nl-NL" : "en-US", data));
    }
}
