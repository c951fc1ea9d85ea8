using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Answering.Checking;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Tests.Answering.Checking;

/// <summary>
/// The answer check's rules, one by one, against the real knowledge file: what a question is read to ask and narrow
/// down, and the outcome that follows. Each near-miss has a covered twin that must still be answered.
/// </summary>
public class AnswerCheckTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static readonly Lazy<KnowledgeIndex> Index = new(() => KnowledgeIndex.Build(TestKnowledge.Real));

    [Theory]
    [InlineData("Keerden de Marokkanen per charter terug?", "charter")]
    [InlineData("How many of the returnees were on a waiting list?", "waiting list")]
    public void Read_WordTheKnowledgeHasNowhere_IsAnUnheardConstraint(string question, string words)
    {
        var needs = Index.Value.Needs(question, Today);

        Assert.Contains(needs.Constraints, c => c.Kind == ConstraintKind.Unheard && c.Words == words);
    }

    [Theory]
    [InlineData("Hoe loopt de terugkeer naar Marokko?")]
    [InlineData("Voor de nieuwsbrief: hoe gaat de terugkeersamenwerking met Marokko?")]
    [InlineData("Which travel document do rejected asylum seekers need?")]
    public void Read_LightAndKnownWords_AreNoUnheardConstraint(string question)
    {
        var needs = Index.Value.Needs(question, Today);

        Assert.DoesNotContain(needs.Constraints, c => c.Kind == ConstraintKind.Unheard);
    }

    [Fact]
    public void Answer_UnheardWord_IsPartlyKnownAndNamesIt()
    {
        using var answerer = TestKnowledge.RealAnswerer();

        var result = answerer.Answer("Keerden de Marokkanen per charter terug?", UserLanguage.Dutch);

        Assert.Equal(AnswerOutcome.Partly, result.Outcome);
        Assert.Contains("charter", result.NotKnown, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_ConstraintWordSpelledRight_IsNotCoveredByAWordItLooksLike()
    {
        using var answerer = TestKnowledge.RealAnswerer();

        // "politics" is a person's detail, not a typo of a word the knowledge has.
        var result = answerer.Answer("What did Van der Burg do before politics?");

        Assert.Equal(AnswerOutcome.Partly, result.Outcome);
        Assert.Contains("politics", result.NotKnown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wanneer zal minister Laftit Nederland bezoeken?", "zal")]
    [InlineData("What are the next steps in the partnership?", "next")]
    [InlineData("Komt er een vervolgbezoek aan Marokko?", "vervolgbezoek")]
    public void Answer_QuestionAboutWhatIsToCome_IsNotAnswered(string question, string words)
    {
        using var answerer = TestKnowledge.RealAnswerer();

        var needs = Index.Value.Needs(question, Today);
        var result = answerer.Answer(question);

        Assert.Contains(needs.Constraints, c => c.Kind == ConstraintKind.Future && c.Words == words);
        Assert.False(result.Answered);
    }

    [Theory]
    [InlineData("What does the IOM do in Morocco?")]
    [InlineData("Welke rol heeft de ILO in het partnerschap?")]
    public void Answer_RoleOfAnOrganisation_IsNotAnswered(string question)
    {
        using var answerer = TestKnowledge.RealAnswerer();

        Assert.Equal(AskedFor.Role, Index.Value.Needs(question, Today).Asked);
        Assert.False(answerer.Answer(question).Answered);
    }

    [Fact]
    public void Answer_RoleOfAPerson_IsAnsweredByThePerson()
    {
        using var answerer = TestKnowledge.RealAnswerer();

        var result = answerer.Answer("Welke functie heeft Laftit?");

        Assert.True(result.Answered);
        Assert.Equal("laftit", result.Best!.Id);
    }

    [Fact]
    public void Answer_WhatTheQuestionLeavesOut_DoesNotAnswerIt()
    {
        using var answerer = TestKnowledge.RealAnswerer();

        var needs = Index.Value.Needs("Met welke ministers sprak Van der Burg behalve Laftit?", Today);
        var result = answerer.Answer("Met welke ministers sprak Van der Burg behalve Laftit?");

        Assert.Contains(needs.Constraints, c => c.Kind == ConstraintKind.Except && c.Words == "Laftit");
        Assert.False(result.Answered);
    }

    [Theory]
    [InlineData("Wie is de Marokkaanse staatssecretaris?", false)]
    [InlineData("Who is the Moroccan state secretary for migration?", false)]
    [InlineData("Wie is de Marokkaanse minister van Binnenlandse Zaken?", true)]
    [InlineData("Wie is de Nederlandse staatssecretaris die Marokko bezocht?", true)]
    public void Answer_CountryOfAnOffice_MustBeThatOfficesOwn(string question, bool answered)
    {
        using var answerer = TestKnowledge.RealAnswerer();

        Assert.Equal(answered, answerer.Answer(question).Answered);
    }

    [Theory]
    [InlineData("Hoeveel Marokkanen waren er op 21 februari 2023 teruggekeerd?", true)]
    [InlineData("How many Moroccans had returned by 21 Feb 2023?", true)]
    [InlineData("Hoeveel Marokkanen keerden in 2023 terug?", false)]
    [InlineData("Hoeveel Marokkanen waren er op 1 februari 2023 teruggekeerd?", false)]
    public void Answer_CountOnAWholeDate_IsTheFigureAsOfThatDate(string question, bool answered)
    {
        using var answerer = TestKnowledge.RealAnswerer();

        var result = answerer.Answer(question);

        Assert.Equal(answered, result.Answered);
        Assert.Contains(result.Best!.Id, new[] { "terugkeer-125", "cijfer-terugkeer-125" });
    }

    [Fact]
    public void Answer_ReasonInAnotherSentenceOfTheItem_IsNoReason()
    {
        using var answerer = TestKnowledge.RealAnswerer();

        // The quote's "om daar ... over door te praten" is in its last sentence, not in the one on the relationship.
        var result = answerer.Answer("Why is the relationship with Morocco so important to the Netherlands?");

        Assert.False(result.Answered);
    }

    [Theory]
    [InlineData("Naar welke Europese landen reizen migranten via Marokko?", false)]
    [InlineData("Reizen migranten via Marokko door naar Europa?", true)]
    public void Answer_PartOfTheWorld_IsNoCountryOfIt(string question, bool answered)
    {
        using var answerer = TestKnowledge.RealAnswerer();

        Assert.Equal(answered, answerer.Answer(question).Answered);
    }
}
