using CooperationBot.Bot.Answering.Checking;
using CooperationBot.Bot.Phrasing;

namespace CooperationBot.Bot.Tests.Phrasing;

/// <summary>For a partly known question the guard rejects a sentence that answers what the knowledge does not have.</summary>
public class MissingPartGuardTests
{
    private static readonly MissingPart When = new("Wanneer", AskedFor.Date, null, AskedFor.Date);

    [Theory]
    [InlineData("Sinds het actieplan keerden 125 vrouwen terug [terugkeer-125].", "women", "vrouwen: 125")]
    [InlineData("Er keerden honderdvijfentwintig vrouwelijke Marokkanen terug [terugkeer-125].", "women", "vrouwen: honderdvijfentwintig")]
    [InlineData("Op 21 februari 2023 sprak Van der Burg met Laftit over vrouwen [bezoek-kennismaking].", "women", "vrouwen: 21 februari 2023")]
    [InlineData("In 2021 keerden 125 Marokkanen terug [terugkeer-125].", "2021", "2021: 125")]
    [InlineData("Vorig jaar keerden 125 Marokkanen terug [terugkeer-125].", "last year", "vorig jaar: 125")]
    [InlineData("In 2023 keerden 125 Marokkanen terug [terugkeer-125][bezoek-kennismaking].", "last year", "vorig jaar: 125")]
    [InlineData("De stijging werd eind 2022 ingevoerd [stijging-terugkeercijfers].", "introduced", "ingevoerd: eind 2022")]
    [InlineData("Sinds het actieplan keerden 125 Marokkanen terug [terugkeer-125].", "count", "hoeveel delegaties: 125")]
    [InlineData("Het actieplan kent vier gebieden [actieplan-vier-gebieden].", "amount", "kost: vier")]
    [InlineData("Het actieplan begon op 21 februari 2023 [actieplan-vier-gebieden].", "date", "Wanneer: 21 februari 2023")]
    [InlineData("Frankrijk zag 125 Marokkanen terugkeren [terugkeer-125].", "other question", "wat is de hoofdstad van Frankrijk: 125")]
    public void Check_SentenceAnswersTheMissingPart_FailsWithAnswersMissingPart(string modelText, string missing, string detail)
    {
        var result = AnswerGuard.Check(modelText, GuardItems.Dutch, [Part(missing)]);

        Assert.False(result.Passed);
        Assert.Contains(new GuardProblem(GuardProblemKind.AnswersMissingPart, detail), result.Problems);
    }

    [Theory]
    [InlineData("Sinds de samenwerking aan het actieplan keerden 125 Marokkaanse vreemdelingen terug [terugkeer-125].", "women")]
    [InlineData("De items noemen geen aantal vrouwen [terugkeer-125].", "women")]
    [InlineData("Sinds de samenwerking aan het actieplan keerden 125 Marokkaanse vreemdelingen terug [terugkeer-125].", "2021")]
    [InlineData("Vanaf eind 2022 is een stijging in de terugkeercijfers te zien [stijging-terugkeercijfers].", "introduced")]
    [InlineData("Op 21 februari 2023 bezocht Van der Burg minister Laftit in Marokko [bezoek-kennismaking].", "count")]
    [InlineData("Op 21 februari 2023 bezocht Van der Burg minister Laftit in Marokko [bezoek-kennismaking].", "date")]
    [InlineData("Vanaf eind 2022 is een stijging in de terugkeercijfers te zien [stijging-terugkeercijfers].", "date")]
    [InlineData("Sinds de samenwerking aan het actieplan keerden 125 Marokkaanse vreemdelingen terug [terugkeer-125].", "other question")]
    public void Check_SentenceSaysOnlyWhatIsKnown_Passes(string modelText, string missing)
    {
        var result = AnswerGuard.Check(modelText, GuardItems.Dutch, [Part(missing)]);

        Assert.True(result.Passed, string.Join("; ", result.Problems));
    }

    [Fact]
    public void Check_PublicationDateGivenForMissingDate_FailsWhereTheAnsweredCheckPasses()
    {
        // The date is the source's publication date: a sourced date, but not the date that was asked for.
        const string Answer = "Het actieplan begon op 21 februari 2023 [actieplan-vier-gebieden].";

        Assert.True(AnswerGuard.Check(Answer, GuardItems.Dutch).Passed);
        Assert.Equal(
            [new GuardProblem(GuardProblemKind.AnswersMissingPart, "Wanneer: 21 februari 2023")],
            AnswerGuard.Check(Answer, GuardItems.Dutch, [When]).Problems);
    }

    [Fact]
    public void Check_EnglishWomenWithNumber_FailsWithAnswersMissingPart()
    {
        var women = new MissingPart("women", null, ConstraintKind.Subgroup, AskedFor.Count) { Keys = ["women"] };

        var gap = AnswerGuard.Check("Since the action plan, 125 women have returned [terugkeer-125].", GuardItems.English, [women]);
        var known = AnswerGuard.Check("Since the action plan, 125 Moroccan nationals have returned [terugkeer-125].", GuardItems.English, [women]);

        Assert.Equal([new GuardProblem(GuardProblemKind.AnswersMissingPart, "women: 125")], gap.Problems);
        Assert.True(known.Passed, string.Join("; ", known.Problems));
    }

    /// <summary>The missing parts of the cases, as the answer check makes them.</summary>
    private static MissingPart Part(string name) => name switch
    {
        "women" => new("vrouwen", null, ConstraintKind.Subgroup, AskedFor.Count) { Keys = ["vrouwen"] },
        "2021" => new("2021", null, ConstraintKind.Year, AskedFor.Count) { Keys = ["2021"] },
        "last year" => new("vorig jaar", null, ConstraintKind.Year, AskedFor.Count) { Keys = ["2023"] },
        "introduced" => new("ingevoerd", null, ConstraintKind.Event, AskedFor.Date) { Keys = ["ingevoerd"] },
        "count" => new("hoeveel delegaties", AskedFor.Count, null, AskedFor.Count),
        "amount" => new("kost", AskedFor.Amount, null, AskedFor.Amount),
        "date" => When,
        "other question" => new("wat is de hoofdstad van Frankrijk", null, null, AskedFor.Anything),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
