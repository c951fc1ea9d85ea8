using CooperationBot.Bot.Curators;

namespace CooperationBot.Bot.Tests.Curators;

public sealed class QuestionTokensTests
{
    [Theory]
    [InlineData("Hoeveel Marokkanen zijn in 2024 teruggekeerd?", "marokkanen teruggekeerd 2024")]
    [InlineData("How many Moroccans returned in 2024?", "moroccans returned 2024")]
    [InlineData("Wat is de rol van de ambassadeur?!", "rol ambassadeur")]
    [InlineData("Wie is de coördinator, en wat doet hij?", "coordinator doet")]
    [InlineData("CAFÉ  café,café", "cafe")]
    public void Of_Question_KeepsSubjectWordsLowerCaseWithoutDiacritics(string question, string expected)
    {
        Assert.Equal(expected.Split(' ').Order(StringComparer.Ordinal), QuestionTokens.Of(question).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("Wat is dat?")]
    public void Of_NoSubjectWords_IsEmpty(string? question)
    {
        Assert.Empty(QuestionTokens.Of(question));
    }
}
