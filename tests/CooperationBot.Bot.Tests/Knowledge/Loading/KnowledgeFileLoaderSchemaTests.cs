namespace CooperationBot.Bot.Tests.Knowledge.Loading;

/// <summary>Schema and YAML errors in TestData/knowledge.yaml, each at its exact line and column.</summary>
public sealed class KnowledgeFileLoaderSchemaTests
{
    [Theory]
    [InlineData(41, "      paragraph: 0", "knowledge.yaml:41:18: error: facts[0].source.paragraph: must be a whole number of 1 or more")]
    [InlineData(41, "      paragraph: tien", "knowledge.yaml:41:18: error: facts[0].source.paragraph: must be a whole number of 1 or more")]
    [InlineData(33, "    # the topic line removed", "knowledge.yaml:32:5: error: facts[0]: 'topic' is missing")]
    [InlineData(37, "    tagz: [bezoek]", "knowledge.yaml:37:5: error: facts[0].tagz: 'tagz' is not a known key here (known: id, status, topic, text, tags, when, source, related, because, questions, supersedes, conflicts_with)")]
    [InlineData(47, "  - id: Aanvragen_2023", "knowledge.yaml:47:9: error: figures[0].id: must be an id: lower-case letters, digits and hyphens, starting with a letter or digit")]
    [InlineData(59, "    date: 04-03-2024", "knowledge.yaml:59:11: error: quotes[0].date: must be a date written YYYY-MM-DD")]
    [InlineData(59, "    date: 2024-02-30", "knowledge.yaml:59:11: error: quotes[0].date: must be a date written YYYY-MM-DD")]
    [InlineData(49, "    value: \"1250\"", "knowledge.yaml:49:12: error: figures[0].value: must be a number")]
    [InlineData(2, "version: 2", "knowledge.yaml:2:10: error: version: must be 1")]
    [InlineData(9, "    language: fr", "knowledge.yaml:9:15: error: sources[0].language: must be one of: nl, en")]
    [InlineData(12, "    name: Bezoek", "knowledge.yaml:12:11: error: topics[0].name: must be a mapping with the keys nl")]
    [InlineData(20, "    aliases: minister De Vries", "knowledge.yaml:20:14: error: people[0].aliases: must be a list (lines starting with '- ')")]
    [InlineData(38, "    when: {}", "knowledge.yaml:38:11: error: facts[0].when: must not be empty")]
    [InlineData(9, "    url: www.example.org", "knowledge.yaml:9:10: error: sources[0].url: must be a full web address such as https://www.example.org/page")]
    [InlineData(12, "    name: { nl: Bezoek, en: Visit", "knowledge.yaml:12:25: error: YAML syntax error: the text cannot be read from here on (an unclosed bracket, brace or quote?)")]
    [InlineData(23, "    name: Jansen: burgemeester", "knowledge.yaml:23:17: error: YAML syntax error: While scanning a plain scalar value, found invalid mapping")]
    public void Load_SchemaOrSyntaxError_ReportsFileLineColumnAndPlainMessage(int line, string replacement, string expected)
    {
        using var folder = KnowledgeTestData.Copy();
        folder.ReplaceLine(line, replacement);

        var errors = KnowledgeTestData.Errors(folder);

        Assert.Equal([expected], errors);
    }

    [Fact]
    public void Load_SchemaError_KnowledgeIsNotRead()
    {
        using var folder = KnowledgeTestData.Copy();
        folder.ReplaceLine(2, "version: 2");

        var result = KnowledgeTestData.Load(folder);

        Assert.False(result.IsValid);
        Assert.Null(result.Knowledge);
    }
}
