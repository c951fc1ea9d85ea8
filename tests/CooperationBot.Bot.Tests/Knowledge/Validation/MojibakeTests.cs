using CooperationBot.Bot.Knowledge.Validation;

namespace CooperationBot.Bot.Tests.Knowledge.Validation;

public sealed class MojibakeTests
{
    [Theory]
    [InlineData("β€œDe relatie", "“De relatie")]
    [InlineData("â€œDe relatie", "“De relatie")]
    [InlineData("praten.â€ Daarna", "praten.” Daarna")]
    [InlineData("praten.â€\u009D", "praten.”")]
    [InlineData("geÃ«valueerd", "geëvalueerd")]
    [InlineData("itâ€™s", "it’s")]
    [InlineData("Ã©Ã©n", "één")]
    public void Repair_DamagedText_GivesTheIntendedCharacters(string damaged, string repaired)
    {
        Assert.Equal(repaired, Mojibake.Repair(damaged));
    }

    [Theory]
    [InlineData("“De relatie met Marokko”")]
    [InlineData("geïnvesteerd in één jaar, Curaçao, café")]
    [InlineData("UNHCR (UNCHR) en IOM — 125 terugkeerders")]
    public void Find_CleanText_FindsNothing(string text)
    {
        Assert.Empty(Mojibake.Find(text));
    }

    [Fact]
    public void Find_ReplacementCharacter_IsReportedWithoutRepair()
    {
        var match = Assert.Single(Mojibake.Find("ge\uFFFDnvesteerd"));

        Assert.Equal(new MojibakeMatch(2, "\uFFFD", null), match);
    }

    [Fact]
    public void Find_SeveralDamages_ReportsEachAtItsIndex()
    {
        var matches = Mojibake.Find("β€œJa.” Ã«");

        Assert.Equal([new MojibakeMatch(0, "β€œ", "“"), new MojibakeMatch(8, "Ã«", "ë")], matches);
    }
}
