using CooperationBot.Bot.Phrasing;

namespace CooperationBot.Bot.Tests.Phrasing;

public class AnswerGuardTests
{
    [Theory]
    [InlineData("Staatssecretaris Van der Burg bezocht op 21 februari 2023 minister Laftit in Marokko [bezoek-kennismaking].")]
    [InlineData("Sinds de start van het actieplan zijn 125 Marokkaanse vreemdelingen teruggekeerd [terugkeer-125].")]
    [InlineData("De Raad van State oordeelde op 15 november 2022 dat uitzetting weer mogelijk is [raad-van-state-uitspraak].")]
    [InlineData("Vanaf eind 2022 stijgen de terugkeercijfers [stijging-terugkeercijfers].")]
    [InlineData("In februari 2023 reisde Van der Burg naar Marokko [bezoek-kennismaking]. Daar sprak hij met Laftit [bezoek-kennismaking].")]
    [InlineData("Er keerden 125 vreemdelingen terug [terugkeer-125], en in 2022 oordeelde de Raad van State over uitzetting [raad-van-state-uitspraak].")]
    [InlineData("Volgens Van der Burg is de relatie \"heel belangrijk voor Nederland\" [citaat-van-der-burg-relatie][bezoek-kennismaking].")]
    [InlineData("Hij noemde het bezoek „een belangrijke stap in onze sterke relatie” [citaat-van-der-burg-relatie].")]
    [InlineData("Beide landen werken samen aan legale migratie en terugkeer [actieplan-vier-gebieden]. Er keerden 125 vreemdelingen terug [terugkeer-125].")]
    public void Check_FaithfulDutchParaphrase_Passes(string modelText)
    {
        var result = AnswerGuard.Check(modelText, GuardItems.Dutch);

        Assert.True(result.Passed, string.Join("; ", result.Problems));
        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData("On 21 February 2023, State Secretary Van der Burg visited Laftit, the Moroccan Minister of the Interior [bezoek-kennismaking].")]
    [InlineData("Van der Burg went to Morocco on February 21, 2023 [bezoek-kennismaking].")]
    [InlineData("Since the action plan, 125 Moroccan nationals have returned [terugkeer-125].")]
    [InlineData("In Morocco he also visited the IOM, the UNHCR and the ILO [bezochte-organisaties].")]
    [InlineData("He met the International Organization for Migration [bezochte-organisaties]. He met Laftit as well [bezoek-kennismaking].")]
    [InlineData("Since the end of 2022 the PCR test is no longer required for laissez-passers [pcr-eis-vervallen].")]
    [InlineData("Late 2022 the PCR requirement was dropped [pcr-eis-vervallen], and 125 nationals returned [terugkeer-125].")]
    public void Check_FaithfulEnglishParaphrase_Passes(string modelText)
    {
        var result = AnswerGuard.Check(modelText, GuardItems.English);

        Assert.True(result.Passed, string.Join("; ", result.Problems));
    }

    [Theory]
    [InlineData("Sinds het actieplan keerden 150 Marokkanen terug [terugkeer-125].", "150")]
    [InlineData("Sinds het actieplan keerden 1.250 Marokkanen terug [terugkeer-125].", "1.250")]
    [InlineData("Sinds het actieplan keerde 12,5% van de Marokkanen terug [terugkeer-125].", "12,5%")]
    [InlineData("Sinds het actieplan keerden twee Marokkanen terug [terugkeer-125].", "twee")]
    [InlineData("Sinds het actieplan keerden honderd Marokkanen terug [terugkeer-125].", "honderd")]
    [InlineData("Sinds het actieplan keerden honderdvijftig Marokkanen terug [terugkeer-125].", "honderdvijftig")]
    public void Check_InventedDutchNumber_FailsWithNumberNotInSources(string modelText, string detail)
    {
        var result = AnswerGuard.Check(modelText, GuardItems.Dutch);

        Assert.False(result.Passed);
        Assert.Contains(new GuardProblem(GuardProblemKind.NumberNotInSources, detail), result.Problems);
    }

    [Theory]
    [InlineData("Since the action plan, two hundred nationals have returned [terugkeer-125].", "two hundred")]
    [InlineData("Since the action plan, 125 percent more nationals have returned [terugkeer-125].", "125 percent")]
    [InlineData("Since the action plan, 1,125 nationals have returned [terugkeer-125].", "1,125")]
    [InlineData("Since the action plan, twelve nationals have returned [terugkeer-125].", "twelve")]
    public void Check_InventedEnglishNumber_FailsWithNumberNotInSources(string modelText, string detail)
    {
        var result = AnswerGuard.Check(modelText, GuardItems.English);

        Assert.Contains(new GuardProblem(GuardProblemKind.NumberNotInSources, detail), result.Problems);
    }

    [Theory]
    [InlineData("Sinds de start van het actieplan zijn honderdvijfentwintig vreemdelingen teruggekeerd [terugkeer-125].")]
    [InlineData("Sinds de start van het actieplan zijn honderd vijfentwintig vreemdelingen teruggekeerd [terugkeer-125].")]
    public void Check_NumberWrittenInDutchWords_Passes(string modelText)
    {
        Assert.True(AnswerGuard.Check(modelText, GuardItems.Dutch).Passed);
    }

    [Fact]
    public void Check_NumberWrittenInEnglishWords_Passes()
    {
        var result = AnswerGuard.Check("Since the action plan, one hundred and twenty-five nationals have returned [terugkeer-125].", GuardItems.English);

        Assert.True(result.Passed, string.Join("; ", result.Problems));
    }

    [Fact]
    public void Check_NumberFromItemTheSentenceDoesNotCite_FailsWithNumberNotInSources()
    {
        var result = AnswerGuard.Check("Van der Burg zag dat 125 vreemdelingen terugkeerden [bezoek-kennismaking].", GuardItems.Dutch);

        Assert.Equal([new GuardProblem(GuardProblemKind.NumberNotInSources, "125")], result.Problems);
    }

    [Theory]
    [InlineData("Van der Burg bezocht Marokko in 2021 [bezoek-kennismaking].", "2021")]
    [InlineData("Van der Burg bezocht Marokko op 22 februari 2023 [bezoek-kennismaking].", "22 februari 2023")]
    [InlineData("Van der Burg bezocht Marokko in maart 2023 [bezoek-kennismaking].", "maart 2023")]
    [InlineData("Van der Burg bezocht Marokko eind 2023 [bezoek-kennismaking].", "eind 2023")]
    [InlineData("De terugkeercijfers stijgen sinds begin 2022 [stijging-terugkeercijfers].", "begin 2022")]
    [InlineData("Sinds 2019 keerden 125 vreemdelingen terug [terugkeer-125].", "2019")]
    public void Check_InventedDate_FailsWithDateNotInSources(string modelText, string detail)
    {
        var result = AnswerGuard.Check(modelText, GuardItems.Dutch);

        Assert.Contains(new GuardProblem(GuardProblemKind.DateNotInSources, detail), result.Problems);
    }

    [Theory]
    [InlineData("Van der Burg visited Morocco on March 21, 2023 [bezoek-kennismaking].", "March 21, 2023")]
    [InlineData("Van der Burg visited Morocco in early 2023 [bezoek-kennismaking].", "early 2023")]
    public void Check_InventedEnglishDate_FailsWithDateNotInSources(string modelText, string detail)
    {
        var result = AnswerGuard.Check(modelText, GuardItems.English);

        Assert.Contains(new GuardProblem(GuardProblemKind.DateNotInSources, detail), result.Problems);
    }

    [Theory]
    [InlineData("Van der Burg bezocht Marokko samen met minister Yeşilgöz [bezoek-kennismaking].", "Yeşilgöz")]
    [InlineData("Staatssecretaris Van der Burg bezocht in Marokko ook Rabat [bezoek-kennismaking].", "Rabat")]
    [InlineData("De Raad van Europa oordeelde over uitzetting [raad-van-state-uitspraak].", "Raad van Europa")]
    [InlineData("Van der Burg ontmoette in Marokko de IND [bezoek-kennismaking].", "IND")]
    public void Check_InventedName_FailsWithNameNotInSources(string modelText, string detail)
    {
        var result = AnswerGuard.Check(modelText, GuardItems.Dutch);

        Assert.Contains(new GuardProblem(GuardProblemKind.NameNotInSources, detail), result.Problems);
    }

    [Fact]
    public void Check_NameFromItemTheSentenceDoesNotCite_FailsWithNameNotInSources()
    {
        var result = AnswerGuard.Check("He visited Morocco and the IOM [bezoek-kennismaking].", GuardItems.English);

        Assert.Equal([new GuardProblem(GuardProblemKind.NameNotInSources, "IOM")], result.Problems);
    }

    [Theory]
    [InlineData("Van der Burg noemde de relatie \"onmisbaar voor Europa\" [citaat-van-der-burg-relatie].", "onmisbaar voor Europa")]
    [InlineData("Van der Burg noemde de relatie “zeer belangrijk” [citaat-van-der-burg-relatie].", "zeer belangrijk")]
    [InlineData("Van der Burg noemde het 'een historische stap' [citaat-van-der-burg-relatie].", "een historische stap")]
    [InlineData("Van der Burg noemde het ‘een sterke band’ [citaat-van-der-burg-relatie].", "een sterke band")]
    public void Check_QuoteNotInSources_FailsWithQuoteNotInSources(string modelText, string detail)
    {
        var result = AnswerGuard.Check(modelText, GuardItems.Dutch);

        Assert.Contains(new GuardProblem(GuardProblemKind.QuoteNotInSources, detail), result.Problems);
    }

    [Fact]
    public void Check_QuoteFromItemTheSentenceDoesNotCite_FailsWithQuoteNotInSources()
    {
        const string Answer = "Van der Burg noemde de relatie \"heel belangrijk voor Nederland\" ";

        var wrongItem = AnswerGuard.Check(Answer + "[bezoek-kennismaking].", GuardItems.Dutch);
        var rightItems = AnswerGuard.Check(Answer + "[bezoek-kennismaking][citaat-van-der-burg-relatie].", GuardItems.Dutch);

        Assert.Contains(new GuardProblem(GuardProblemKind.QuoteNotInSources, "heel belangrijk voor Nederland"), wrongItem.Problems);
        Assert.True(rightItems.Passed);
    }

    [Fact]
    public void Check_SentenceWithoutCitation_FailsWithUncitedSentence()
    {
        var result = AnswerGuard.Check("Van der Burg bezocht Marokko [bezoek-kennismaking]. Het bezoek was een succes.", GuardItems.Dutch);

        Assert.False(result.Passed);
        Assert.Equal([new GuardProblem(GuardProblemKind.UncitedSentence, "sentence 2")], result.Problems);
    }

    [Fact]
    public void Check_TwoSentencesSharingOneCitation_FailsWithUncitedFirstSentence()
    {
        var result = AnswerGuard.Check("Van der Burg bezocht Marokko. Hij sprak met Laftit [bezoek-kennismaking].", GuardItems.Dutch);

        Assert.Equal([new GuardProblem(GuardProblemKind.UncitedSentence, "sentence 1")], result.Problems);
    }

    [Theory]
    [InlineData("Van der Burg bezocht Marokko [bezoek-2024].", "bezoek-2024")]
    [InlineData("Van der Burg bezocht Marokko [bezoek-kennismaking, fact-x].", "fact-x")]
    [InlineData("Van der Burg bezocht Marokko [BEZOEK-KENNISMAKING].", "BEZOEK-KENNISMAKING")]
    [InlineData("Van der Burg bezocht Marokko [].", "")]
    public void Check_UnknownCitationId_FailsWithUnknownCitation(string modelText, string detail)
    {
        var result = AnswerGuard.Check(modelText, GuardItems.Dutch);

        Assert.Contains(new GuardProblem(GuardProblemKind.UnknownCitation, detail), result.Problems);
    }

    [Theory]
    [InlineData("Sorry, daar heb ik geen informatie over [bezoek-kennismaking].")]
    [InlineData("Ik kan geen antwoord geven op deze vraag.")]
    [InlineData("I cannot answer that from the given items.")]
    [InlineData("I'm sorry, but the items do not say [bezoek-kennismaking].")]
    [InlineData("Helaas staat dat niet in de bronnen [terugkeer-125].")]
    public void Check_Refusal_FailsWithRefusal(string modelText)
    {
        var result = AnswerGuard.Check(modelText, GuardItems.Dutch);

        Assert.False(result.Passed);
        Assert.Contains(result.Problems, p => p.Kind == GuardProblemKind.Refusal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("[bezoek-kennismaking]")]
    [InlineData(" . ")]
    public void Check_EmptyAnswer_FailsWithEmpty(string modelText)
    {
        var result = AnswerGuard.Check(modelText, GuardItems.Dutch);

        Assert.False(result.Passed);
        Assert.Contains(result.Problems, p => p.Kind == GuardProblemKind.Empty);
    }

    [Fact]
    public void Check_FaithfulAnswer_ReturnsSentencesWithoutMarkersAndTheirIds()
    {
        var result = AnswerGuard.Check(
            "Van der Burg bezocht Marokko [bezoek-kennismaking]. Er keerden 125 vreemdelingen terug [terugkeer-125][bezoek-kennismaking].",
            GuardItems.Dutch);

        Assert.True(result.Passed);
        Assert.Equal(
            [
                ("Van der Burg bezocht Marokko.", new[] { "bezoek-kennismaking" }),
                ("Er keerden 125 vreemdelingen terug.", new[] { "terugkeer-125", "bezoek-kennismaking" }),
            ],
            result.Sentences.Select(s => (s.Text, s.CitedIds.ToArray())));
    }

    [Fact]
    public void Check_DiacriticsAndCaseDiffer_StillMatchesSources()
    {
        var items = new[] { new PhrasingItem("a", "Minister Yeşilgöz sprak met de IOM.", "bron", null) };

        Assert.True(AnswerGuard.Check("De minister sprak met minister YESILGOZ en de iom [a].", items).Passed);
    }
}
