using CooperationBot.Bot.Knowledge.Loading;

namespace CooperationBot.Bot.Tests.Knowledge.Loading;

/// <summary>The checks beyond the schema in TestData/knowledge.yaml, each at its exact line and column.</summary>
public sealed class KnowledgeFileLoaderRulesTests
{
    [Fact]
    public void Load_ValidFile_HasNoErrorsAndWarnsOnceAboutTheSourceDamage()
    {
        using var folder = KnowledgeTestData.Copy();

        var result = KnowledgeTestData.Load(folder);

        Assert.True(result.IsValid);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal($"{Path.Combine("sources", "bron.txt")}:7:1: warning: damaged characters 'β€œ' (UTF-8 read with the wrong code page); the validator reads them as '“'", warning.ToString());
        Assert.Equal("De Vries", result.Knowledge!.People[0].Name);
        Assert.Equal(1250m, result.Knowledge.Figures[0].Value);
        Assert.Equal(new DateOnly(2024, 3, 4), result.Knowledge.Facts[0].When!.Date);
        Assert.Equal([folder.KnowledgePath, Path.Combine(folder.Root, "sources", "bron.txt")], result.Files);
        Assert.Equal(KnowledgeFingerprint.Compute(result.Files), result.Version);
        Assert.Matches("^[0-9a-f]{12}$", result.Version);
    }

    [Theory]
    [InlineData(40, "      source: brom", "knowledge.yaml:40:15: error: facts[0].source.source: no source has the id 'brom'")]
    [InlineData(48, "    topic: cijfer", "knowledge.yaml:48:12: error: figures[0].topic: no topic has the id 'cijfer'")]
    [InlineData(57, "    speaker: devries", "knowledge.yaml:57:14: error: quotes[0].speaker: no person has the id 'devries'")]
    [InlineData(43, "    related: [jansen]", "knowledge.yaml:43:15: error: facts[0].related[0]: 'jansen' is a person, not a fact, figure, quote or visit")]
    [InlineData(73, "    organisations_visited: [voorbeeldstad, gemeente]", "knowledge.yaml:73:44: error: visits[0].organisations_visited[1]: no organisation has the id 'gemeente'")]
    [InlineData(8, "    file: sources/weg.txt", "knowledge.yaml:8:11: error: sources[0].file: the file 'sources/weg.txt' does not exist (looked for {root}/sources/weg.txt)")]
    [InlineData(41, "      paragraph: 9", "knowledge.yaml:41:18: error: facts[0].source.paragraph: paragraph 9 does not exist: source 'bron' has 6 paragraphs")]
    [InlineData(41, "      paragraph: 3", "knowledge.yaml:42:17: error: facts[0].source.evidence: not found word for word in paragraph 3 of source 'bron' (it is in paragraph 2)")]
    [InlineData(42, "      evidence: \"De minister bezocht Voorbeeldstad.\"", "knowledge.yaml:42:17: error: facts[0].source.evidence: not found word for word in paragraph 2 of source 'bron'")]
    [InlineData(49, "    value: 1251", "knowledge.yaml:49:12: error: figures[0].value: 1251 is not written as a number in the figure's evidence")]
    [InlineData(18, "    name: De VriÃ«s", "knowledge.yaml:18:11: error: people[0].name: damaged characters (UTF-8 read with the wrong code page): 'Ã«' should be 'ë'. Repaired: \"De Vriës\"")]
    [InlineData(18, "    name: De Vri\uFFFDs", "knowledge.yaml:18:11: error: people[0].name: damaged characters (UTF-8 read with the wrong code page): U+FFFD marks a character lost in decoding: type it again from the source")]
    public void Load_BrokenRule_ReportsFileLineColumnAndPlainMessage(int line, string replacement, string expected)
    {
        using var folder = KnowledgeTestData.Copy();
        folder.ReplaceLine(line, replacement);

        var errors = KnowledgeTestData.Errors(folder);

        Assert.Equal([expected.Replace("{root}/sources/weg.txt", Path.Combine(folder.Root, "sources", "weg.txt"), StringComparison.Ordinal)], errors);
    }

    [Fact]
    public void Load_QuoteNotInItsParagraph_ReportsTheDutchText()
    {
        using var folder = KnowledgeTestData.Copy();
        folder.Replace("nl: \"We werken goed samen met Voorbeeldstad.\"", "nl: \"We werken heel goed samen met Voorbeeldstad.\"");

        var errors = KnowledgeTestData.Errors(folder);

        Assert.Equal(["knowledge.yaml:58:17: error: quotes[0].text.nl: the quote is not found word for word in paragraph 4 of source 'bron'"], errors);
    }

    [Fact]
    public void Load_DuplicateIdAcrossKinds_ReportsTheSecondWithTheFirst()
    {
        using var folder = KnowledgeTestData.Copy();
        folder.ReplaceLine(27, "  - id: jansen");

        var errors = KnowledgeTestData.Errors(folder);

        Assert.Contains("knowledge.yaml:27:9: error: organisations[0].id: the id 'jansen' is already used by the person at people[1] (line 22); ids must be unique across the file", errors);
    }

    [Fact]
    public void Load_MissingFile_ReportsItAtTheStart()
    {
        var path = Path.Combine(Path.GetTempPath(), "cooperationbot-no-such-folder", "knowledge.yaml");

        var result = new KnowledgeFileLoader().Load(path, "knowledge.yaml");

        Assert.Equal($"knowledge.yaml:1:1: error: the knowledge file does not exist (looked for {path})", Assert.Single(result.Diagnostics).ToString());
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Load_SourceWithoutFile_WarnsThatItsEvidenceIsNotChecked()
    {
        using var folder = KnowledgeTestData.Copy();
        folder.ReplaceLine(8, "    # no file");

        var result = KnowledgeTestData.Load(folder);

        Assert.True(result.IsValid);
        Assert.Equal("knowledge.yaml:4:5: warning: sources[0]: source 'bron' has no file, so the evidence citing it is not checked", Assert.Single(result.Diagnostics).ToString());
    }
}
