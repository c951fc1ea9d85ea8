using System.Text.Json;
using CooperationBot.Bot.Knowledge.Yaml;

namespace CooperationBot.Bot.Tests.Knowledge.Yaml;

public sealed class YamlJsonReaderTests
{
    private const string Yaml = """
        # comment
        date: 2023-02-21
        value: 125
        ratio: 12.5
        quoted: "125"
        flag: true
        nothing: ~
        list:
          - { id: a, when: { year: 2023 } }
        """;

    [Theory]
    [InlineData("/date", JsonValueKind.String, "\"2023-02-21\"")]
    [InlineData("/value", JsonValueKind.Number, "125")]
    [InlineData("/ratio", JsonValueKind.Number, "12.5")]
    [InlineData("/quoted", JsonValueKind.String, "\"125\"")]
    [InlineData("/flag", JsonValueKind.True, "true")]
    [InlineData("/list/0/when/year", JsonValueKind.Number, "2023")]
    public void Read_PlainAndQuotedScalars_GetYamlCoreTypes(string pointer, JsonValueKind kind, string json)
    {
        var node = JsonPointers.Navigate(YamlJsonReader.Read(Yaml).Root, pointer)!;

        Assert.Equal(kind, node.GetValueKind());
        Assert.Equal(json, node.ToJsonString());
    }

    [Fact]
    public void Read_TildeValue_IsNull()
    {
        var root = YamlJsonReader.Read(Yaml).Root.AsObject();

        Assert.True(root.ContainsKey("nothing"));
        Assert.Null(root["nothing"]);
    }

    [Theory]
    [InlineData("/value", 3, 8)]
    [InlineData("/list/0", 9, 5)]
    [InlineData("/list/0/when/year", 9, 28)]
    [InlineData("/list/0/missing", 9, 5)]
    public void Read_Positions_AreOneBasedLineAndColumnOfTheValue(string pointer, int line, int column)
    {
        var positions = YamlJsonReader.Read(Yaml).Positions;

        Assert.Equal(new TextPosition(line, column), positions.ValueAt(pointer));
    }

    [Fact]
    public void Read_KeyPosition_IsWhereTheKeyIs()
    {
        Assert.Equal(new TextPosition(3, 1), YamlJsonReader.Read(Yaml).Positions.KeyAt("/value"));
    }

    [Theory]
    [InlineData("a: 1\n  b: 2\n", 2, 4)]
    [InlineData("a: \"unclosed\nb: 2\n", 1, 4)]
    [InlineData("a: 1\na: 2\n", 2, 1)]
    public void Read_BrokenYaml_ThrowsWithPosition(string yaml, int line, int column)
    {
        var exception = Assert.Throws<YamlJsonException>(() => YamlJsonReader.Read(yaml));

        Assert.StartsWith("YAML syntax error: ", exception.Message);
        Assert.Equal(new TextPosition(line, column), exception.Position);
    }

    [Fact]
    public void Read_Empty_Throws()
    {
        Assert.Throws<YamlJsonException>(() => YamlJsonReader.Read("# only a comment\n"));
    }

    [Theory]
    [InlineData("/facts/3/source/paragraph", "facts[3].source.paragraph")]
    [InlineData("", "")]
    [InlineData("/a~1b", "a/b")]
    public void ToDisplay_Pointer_ReadsAsPath(string pointer, string display)
    {
        Assert.Equal(display, JsonPointers.ToDisplay(pointer));
    }
}
