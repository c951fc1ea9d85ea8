using CooperationBot.Bot.Knowledge.Validation;
using CooperationBot.Testing.Knowledge;

namespace CooperationBot.Bot.Tests.Knowledge.Loading;

/// <summary>
/// The rules on knowledge that changes over time (series by <c>measure</c>, <c>supersedes</c>, <c>conflicts_with</c>)
/// in TestData/Changes/knowledge.yaml, each at its exact line and column with its severity.
/// </summary>
public sealed class KnowledgeChangesRulesTests
{
    [Fact]
    public void Load_SeriesSupersedesAndOfficeHolder_ValidWithoutDiagnostics()
    {
        using var folder = ChangesTestData.Copy();

        var result = ChangesTestData.Load(folder);

        Assert.True(result.IsValid);
        Assert.Empty(result.Diagnostics);
        var knowledge = result.Knowledge!;
        Assert.Equal(["teruggekeerd-voorbeeldland"], knowledge.Figures.Select(figure => figure.Measure).Distinct());
        Assert.Equal(["jansen"], knowledge.People[1].Supersedes);
        Assert.Equal(["akkoord-2022"], knowledge.Facts[1].Supersedes);
        Assert.Empty(knowledge.Facts[2].ConflictsWith);
    }

    [Theory]
    [InlineData(48, "    unit: { nl: terugkeerders, en: returnees }", "knowledge.yaml:48:11: error: figures[1].unit: the figures of a series share a unit: \"terugkeerders\" is not \"mensen teruggekeerd\", the unit of figure 'teruggekeerd-maart' (line 36) in the series 'teruggekeerd-voorbeeldland'")]
    [InlineData(38, "    measure: Teruggekeerd Voorbeeldland", "knowledge.yaml:38:14: error: figures[0].measure: must be an id: lower-case letters, digits and hyphens, starting with a letter or digit")]
    [InlineData(28, "    supersedes: [akkoord-2021]", "knowledge.yaml:28:18: error: facts[1].supersedes[0]: no fact has the id 'akkoord-2021'")]
    [InlineData(28, "    supersedes: [teruggekeerd-maart]", "knowledge.yaml:28:18: error: facts[1].supersedes[0]: 'teruggekeerd-maart' is a figure, not a fact")]
    [InlineData(18, "    supersedes: [akkoord-2022]", "knowledge.yaml:18:18: error: people[1].supersedes[0]: 'akkoord-2022' is a fact, not a person")]
    [InlineData(28, "    supersedes: [akkoord-2024]", "knowledge.yaml:28:18: error: facts[1].supersedes[0]: 'akkoord-2024' supersedes itself: an item can only replace other items")]
    [InlineData(33, "    conflicts_with: [akkoord-geldt]", "knowledge.yaml:33:22: error: facts[2].conflicts_with[0]: 'akkoord-geldt' cannot conflict with itself: list the facts, figures or quotes it contradicts")]
    [InlineData(33, "    conflicts_with: [akkoord-2023]", "knowledge.yaml:33:22: error: facts[2].conflicts_with[0]: no fact, figure or quote has the id 'akkoord-2023'")]
    [InlineData(33, "    conflicts_with: [jansen]", "knowledge.yaml:33:22: error: facts[2].conflicts_with[0]: 'jansen' is a person, not a fact, figure or quote")]
    public void Load_BrokenRule_ReportsOneErrorAtItsLineAndColumn(int line, string replacement, string expected)
    {
        using var folder = ChangesTestData.Copy();
        folder.ReplaceLine(line, replacement);

        Assert.Equal([expected], ChangesTestData.Diagnostics(folder));
    }

    [Fact]
    public void Load_SupersedesCycle_ReportedOnceWhereItCloses()
    {
        using var folder = ChangesTestData.Copy();
        folder.ReplaceLine(28, "    supersedes: [akkoord-geldt]");
        folder.ReplaceLine(33, "    supersedes: [akkoord-2024]");

        Assert.Equal(
            ["knowledge.yaml:33:18: error: facts[2].supersedes[0]: supersedes makes a cycle (akkoord-2024 -> akkoord-geldt -> akkoord-2024): an item cannot replace, directly or through others, an item that replaces it"],
            ChangesTestData.Diagnostics(folder));
    }

    [Fact]
    public void Load_SameSourceTwiceForOneDateInASeries_IsAnError()
    {
        using var folder = ChangesTestData.Copy();
        GiveJuneTheMarchValue(folder);

        Assert.Equal(
            ["knowledge.yaml:49:12: error: figures[1].as_of: the series 'teruggekeerd-voorbeeldland' already has a value as of 2024-03-01 from source 'maart' (figure 'teruggekeerd-maart', line 36): a source gives one value per date; a correction supersedes the figure it corrects"],
            ChangesTestData.Diagnostics(folder));
    }

    [Fact]
    public void Load_CorrectionThatSupersedesTheFigureOfItsDate_IsValid()
    {
        using var folder = ChangesTestData.Copy();
        GiveJuneTheMarchValue(folder);
        folder.Replace("    value: 100\n    unit: { nl: mensen teruggekeerd, en: people returned }\n    as_of: 2024-03-01\n    meaning: { nl: \"Op 1 juni", "    value: 100\n    unit: { nl: mensen teruggekeerd, en: people returned }\n    as_of: 2024-03-01\n    supersedes: [teruggekeerd-maart]\n    meaning: { nl: \"Op 1 juni");

        Assert.Empty(ChangesTestData.Diagnostics(folder));
    }

    /// <summary>The June figure (lines 44-51) becomes a second value of the March source for 1 March.</summary>
    private static void GiveJuneTheMarchValue(TempKnowledgeFolder folder)
    {
        folder.ReplaceLine(47, "    value: 100");
        folder.ReplaceLine(49, "    as_of: 2024-03-01");
        folder.ReplaceLine(51, "    source: { source: maart, paragraph: 3, evidence: \"Op 1 maart 2024 waren 100 mensen teruggekeerd\" }");
    }

    [Fact]
    public void Load_TwoSourcesDifferForOneDate_WarnsOfTheConflictAndStaysValid()
    {
        using var folder = ChangesTestData.Copy();
        folder.ReplaceLine(57, "    as_of: 2024-06-01");

        var result = ChangesTestData.Load(folder);

        Assert.True(result.IsValid);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(
            "knowledge.yaml:57:12: warning: figures[2].as_of: conflict: the series 'teruggekeerd-voorbeeldland' as of 2024-06-01 is 150 according to source 'bureau' but 140 according to source 'juni' (figure 'teruggekeerd-juni', line 44); both are served until one is corrected or superseded",
            warning.ToString());
    }

    [Fact]
    public void Load_ConflictMarkedByTheCurator_WarnsOnceEvenWhenBothMarkIt()
    {
        using var folder = ChangesTestData.Copy();
        folder.ReplaceLine(33, "    conflicts_with: [akkoord-2024]");
        folder.Replace("    supersedes: [akkoord-2022]\n", "    supersedes: [akkoord-2022]\n    conflicts_with: [akkoord-geldt]\n");

        var result = ChangesTestData.Load(folder);

        Assert.True(result.IsValid);
        Assert.Equal(
            ["knowledge.yaml:29:22: warning: facts[1].conflicts_with[0]: conflict marked by the curator: the fact 'akkoord-2024' contradicts the fact 'akkoord-geldt' (line 31); both are served until one is corrected or superseded"],
            result.Diagnostics.Select(diagnostic => diagnostic.ToString()));
    }

    [Fact]
    public void Load_ReviewedItemSupersedesADraft_IsAnError()
    {
        using var folder = ChangesTestData.Copy();
        folder.Replace("  - id: jansen\n", "  - id: jansen\n    status: draft\n");

        var result = ChangesTestData.Load(folder);

        Assert.Equal(
            ["knowledge.yaml:19:18: error: people[1].supersedes[0]: the person 'jansen' is a draft: a reviewed item cannot refer to it until it is reviewed too"],
            result.Diagnostics.Where(diagnostic => diagnostic.IsError).Select(diagnostic => diagnostic.ToString()));
    }

    [Fact]
    public void Load_DraftSupersedesAReviewedItem_IsValidWithItsNote()
    {
        using var folder = ChangesTestData.Copy();
        folder.Replace("  - id: de-vries\n", "  - id: de-vries\n    status: draft\n");

        var result = ChangesTestData.Load(folder);

        Assert.True(result.IsValid);
        Assert.Equal(DiagnosticSeverity.Note, Assert.Single(result.Diagnostics).Severity);
    }
}
