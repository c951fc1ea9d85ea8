using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Curators;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Storage;
using CooperationBot.Testing.Cards;

namespace CooperationBot.Bot.Tests.Cards;

public sealed class CuratorReportCardTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    private static readonly string[] Subjects = ["paspoort", "consulaat", "ambassadeur", "begroting", "stagiairs", "vliegtuig", "tolken"];

    private static GapReport Report(int groups)
    {
        var gaps = Subjects.Take(groups)
            .Select((subject, i) => new KnowledgeGap(KnowledgeGapKind.Unanswered, $"Vraag over {subject}?", "nl", Now.AddDays(-i), [new GapCandidate("terugkeer-125", 0.2)], null, []))
            .Append(new KnowledgeGap(KnowledgeGapKind.DownVoted, "Wat is een laissez-passer?", "nl", Now, [], "Te kort", ["laissez-passers"]));
        return GapReportBuilder.Build(gaps, null, Now);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "Kennishiaten", "en nog 2")]
    [InlineData(UserLanguage.English, "Knowledge gaps", "and 2 more")]
    public void Create_ManyGroups_ShowsTheTopFiveAndHowManyMoreAndIsSchemaValid(UserLanguage language, string heading, string more)
    {
        var card = CuratorReportCard.Create(Report(7), language, 90);

        var text = CardText.Of(card);
        Assert.StartsWith(heading, CardText.OfBody(card), StringComparison.Ordinal);
        Assert.Contains(more, text, StringComparison.Ordinal);
        Assert.Equal(5, text.Split('\n').Count(l => l.StartsWith("1\u00D7 Vraag over", StringComparison.Ordinal)));
        Assert.Contains("1\u00D7 laissez-passers", text, StringComparison.Ordinal);
        Assert.Contains("\u201CTe kort\u201D", text, StringComparison.Ordinal);
        Assert.Contains("terugkeer-125", text, StringComparison.Ordinal);
        CardSchemaValidator.AssertValid(card);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "3 onbeantwoorde vragen (2 deels bekend) in 1 groepen", "ontbreekt: vrouwen, 2021 · dichtbij: terugkeer-125")]
    [InlineData(UserLanguage.English, "3 unanswered questions (2 partly known) in 1 groups", "missing: vrouwen, 2021 · nearest: terugkeer-125")]
    public void Create_PartlyKnownQuestions_ShowsWhatIsMissingBeforeTheNearestItemAndIsSchemaValid(UserLanguage language, string summary, string details)
    {
        KnowledgeGap[] gaps =
        [
            new(KnowledgeGapKind.PartlyKnown, "Hoeveel vrouwen keerden terug naar Marokko?", "nl", Now.AddDays(-2), [new GapCandidate("terugkeer-125", 0.74)], null, [], "vrouwen"),
            new(KnowledgeGapKind.PartlyKnown, "Hoeveel vrouwen keerden in 2021 terug naar Marokko?", "nl", Now.AddDays(-1), [new GapCandidate("terugkeer-125", 0.7)], null, [], "vrouwen; 2021"),
            new(KnowledgeGapKind.Unanswered, "Hoeveel Marokkaanse vrouwen keerden terug?", "nl", Now, [new GapCandidate("terugkeer-125", 0.3)], null, []),
        ];

        var card = CuratorReportCard.Create(GapReportBuilder.Build(gaps, null, Now), language, 90);

        var text = CardText.Of(card);
        Assert.Contains(summary, text, StringComparison.Ordinal);
        Assert.Contains(details, text, StringComparison.Ordinal);
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Create_EmptyReport_SaysSoAndIsSchemaValid()
    {
        var card = CuratorReportCard.Create(GapReportBuilder.Build([], null, Now), UserLanguage.Dutch, 90);

        var text = CardText.Of(card);
        Assert.Contains("0 onbeantwoorde vragen in 0 groepen en 0 duimen omlaag, in de laatste 90 dagen.", text, StringComparison.Ordinal);
        Assert.Contains("Geen: elke vraag kreeg een antwoord.", text, StringComparison.Ordinal);
        CardSchemaValidator.AssertValid(card);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "Dit overzicht is alleen voor de beheerders van de kennisbank.")]
    [InlineData(UserLanguage.English, "This overview is only for the curators of the knowledge base.")]
    public void Refusal_SaysPolitelyWhoMaySeeItAndIsSchemaValid(UserLanguage language, string sentence)
    {
        var card = CuratorRefusalCard.Create(language);

        Assert.Contains(sentence, CardText.Of(card), StringComparison.Ordinal);
        CardSchemaValidator.AssertValid(card);
    }
}
