namespace CooperationBot.Bot.Tests.Knowledge;

public sealed class ScratchTests
{
    [Theory]
    [InlineData(0, "")]
    [InlineData(12, "    name: { nl: Bezoek, en: Visit")]
    [InlineData(41, "      paragraph: 0")]
    [InlineData(41, "      paragraph: abc")]
    [InlineData(33, "    # no topic")]
    [InlineData(37, "    tagz: [bezoek]")]
    [InlineData(47, "  - id: Aanvragen_2023")]
    [InlineData(59, "    date: 04-03-2024")]
    [InlineData(59, "    date: 2024-02-30")]
    [InlineData(49, "    value: \"1250\"")]
    [InlineData(38, "    when: { year: 2024 }")]
    [InlineData(38, "    when: {}")]
    [InlineData(2, "version: 2")]
    [InlineData(9, "    language: fr")]
    [InlineData(12, "    name: Bezoek")]
    [InlineData(20, "    aliases: minister De Vries")]
    [InlineData(5, "    url: niet een url")]
    public void Dump(int line, string text)
    {
        using var folder = KnowledgeTestData.Copy();
        if (line > 0)
        {
            folder.ReplaceLine(line, text);
        }

        var result = KnowledgeTestData.Load(folder);
        Assert.Fail(string.Join("\n", result.Diagnostics));
    }
}
