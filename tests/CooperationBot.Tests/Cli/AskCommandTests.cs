using System.Text.Json.Nodes;
using CooperationBot.Testing.Cards;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Cli;

public sealed class AskCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cooperationbot-ask-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Ask_Json_HasTheDocumentedShape()
    {
        var (code, output, error) = await CliRun.RunAsync("ask", "--json", "Hoeveel Marokkanen zijn teruggekeerd?");

        Assert.True(code == 0, error);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("Hoeveel Marokkanen zijn teruggekeerd?", (string?)json["question"]);
        Assert.True((bool)json["answered"]!);
        Assert.Equal("nl", (string?)json["language"]);
        Assert.Contains("125", (string?)json["answer"]);
        var citation = json["citations"]![0]!;
        Assert.Equal("terugkeer-125", (string?)citation["id"]);
        Assert.Equal("Ministerie van Justitie en Veiligheid", (string?)citation["source"]!["publisher"]);
        Assert.Equal("2023-02-21", (string?)citation["source"]!["date"]);
        Assert.Equal(10, (int)citation["source"]!["paragraph"]!);
        Assert.NotNull(json["suggestions"]!.AsArray());
        CardSchemaValidator.AssertValid(json["card"]!.ToJsonString());
    }

    [Fact]
    public async Task Ask_ShortEnglishQuestionWithoutLocale_AnswersInEnglish()
    {
        var (code, output, error) = await CliRun.RunAsync("ask", "--json", "Is Morocco a destination country?");

        Assert.True(code == 0, error);
        Assert.Equal("en", (string?)JsonNode.Parse(output)!["language"]);
    }

    [Fact]
    public async Task Ask_JsonLangEnOutOfScope_RefusesInEnglishWithSuggestions()
    {
        var (code, output, _) = await CliRun.RunAsync("ask", "--json", "--lang", "en", "Wat is de hoofdstad van Frankrijk?");

        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!;
        Assert.False((bool)json["answered"]!);
        Assert.Equal("en", (string?)json["language"]);
        Assert.Null(json["answer"]);
        Assert.Empty(json["citations"]!.AsArray());
        Assert.NotEmpty(json["suggestions"]!.AsArray());
    }

    [Fact]
    public async Task Ask_File_AnswersOneJsonLinePerQuestion()
    {
        var file = Path.Combine(_dir, "questions.txt");
        await File.WriteAllLinesAsync(file, ["Wat is een laissez-passer?", "", "Who won the world cup?", "UNCHR"]);

        var (code, output, error) = await CliRun.RunAsync("ask", "--json", "--file", file);

        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var answers = lines.Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal([true, false, true], answers.Select(a => (bool)a["answered"]!));
    }

    [Fact]
    public async Task Ask_Text_PrintsAnswerWithSource()
    {
        var (code, output, _) = await CliRun.RunAsync("ask", "Wanneer oordeelde de Raad van State?");

        Assert.Equal(0, code);
        Assert.Contains("15 november 2022", output);
        Assert.Contains("Bron: Staatssecretaris Van der Burg bezoekt collega minister Laftit in Marokko", output);
    }

    [Theory]
    [InlineData()]
    [InlineData("--lang", "de", "vraag")]
    [InlineData("--file", "x.txt")]
    [InlineData("--json", "--file", "x.txt", "and a question")]
    [InlineData("--bogus", "vraag")]
    public async Task Ask_BadArguments_Exits2WithUsage(params string[] args)
    {
        var (code, _, error) = await CliRun.RunAsync(["ask", .. args]);

        Assert.Equal(2, code);
        Assert.Contains("Usage: ask", error);
    }

    [Fact]
    public async Task Ask_MissingFile_Exits1()
    {
        var (code, _, error) = await CliRun.RunAsync("ask", "--json", "--file", Path.Combine(_dir, "none.txt"));

        Assert.Equal(1, code);
        Assert.Contains("No such file", error);
    }
}
