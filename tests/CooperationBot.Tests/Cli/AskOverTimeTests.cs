using System.Text.Json.Nodes;
using CooperationBot.Testing.Cards;
using CooperationBot.Testing.Knowledge;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Cli;

/// <summary>
/// <c>ask --json</c> on the made-up knowledge that grows over time: for every question of its set the expected value,
/// its date, the earlier values, the conflicts, the stand and what replaced it (<c>value</c>, <c>asOf</c>,
/// <c>history</c>, <c>conflicts</c>, <c>stand</c>, <c>replacedBy</c>).
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class AskOverTimeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cooperationbot-ask-time-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task AskJson_EveryGrowingQuestion_ShowsValueDateHistoryAndConflicts()
    {
        var questions = GrowingQuestion.All();
        var file = Path.Combine(_dir, "questions.txt");
        await File.WriteAllLinesAsync(file, questions.Select(q => q.Question));

        int code;
        string output, error;
        using (new EnvironmentScope(new Dictionary<string, string?> { ["Knowledge__Path"] = Path.Combine(GrowingQuestion.Folder, "knowledge.yaml") }))
        {
            (code, output, error) = await CliRun.RunAsync("ask", "--json", "--file", file);
        }

        Assert.True(code == 0, error);
        var answers = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToList();
        Assert.Equal(questions.Count, answers.Count);
        foreach (var (expected, json) in questions.Zip(answers))
        {
            var because = expected.Question;
            Assert.True(expected.Question == (string?)json["question"], because);
            Assert.True(expected.Outcome == (string?)json["outcome"], because);
            Assert.True(expected.ItemId == (expected.ItemId is null ? null : (string?)json["citations"]![0]!["id"]), because);
            Assert.True(expected.Value == (decimal?)json["value"], because);
            Assert.True(expected.AsOf == (string?)json["asOf"], because);
            Assert.True(expected.Stand == (string?)json["stand"], because);
            Assert.Equal(expected.History, Ids(json["history"]));
            Assert.Equal(expected.Conflicts, Ids(json["conflicts"]));
            Assert.Equal(expected.ReplacedBy, Ids(json["replacedBy"]));
            CardSchemaValidator.AssertValid(json["card"]!.ToJsonString());
        }
    }

    [Fact]
    public async Task AskJson_Conflict_GivesEachValueItsDateAndSource()
    {
        JsonNode json;
        using (new EnvironmentScope(new Dictionary<string, string?> { ["Knowledge__Path"] = Path.Combine(GrowingQuestion.Folder, "knowledge.yaml") }))
        {
            var (code, output, error) = await CliRun.RunAsync("ask", "--json", "Hoeveel mensen waren eind 2024 teruggekeerd naar Voorbeeldland?");
            Assert.True(code == 0, error);
            json = JsonNode.Parse(output)!;
        }

        var conflict = json["conflicts"]![0]!;
        Assert.Equal(250m, (decimal?)json["value"]);
        Assert.Equal(260m, (decimal?)conflict["value"]);
        Assert.Equal("2024-12-31", (string?)conflict["asOf"]);
        Assert.Equal("Bureau voor Testcijfers", (string?)conflict["source"]!["publisher"]);
        var earlier = json["history"]!.AsArray().Select(h => ((decimal?)h!["value"], (string?)h["asOf"])).ToList();
        Assert.Equal([(310m, "2025-06-30"), (180m, "2024-09-01"), (100m, "2024-03-01")], earlier);
    }

    private static List<string> Ids(JsonNode? list) => [.. list!.AsArray().Select(item => (string)item!["id"]!)];
}
