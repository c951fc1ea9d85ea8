using System.Text.Json;
using CooperationBot.Bot.Knowledge.Loading;
using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Tests.Knowledge.Loading;

/// <summary>
/// The model's JSON leaves out the fields of knowledge that changes over time when an item does not use them, so
/// adding them changed no other item's JSON (nor the digest's content hash of it).
/// </summary>
public sealed class KnowledgeJsonTests
{
    private static readonly SourceRef Source = new() { Source = "bron", Paragraph = 2, Evidence = "TESTDATA" };

    [Fact]
    public void Serialize_ItemsWithoutChanges_LeaveOutMeasureSupersedesAndConflicts()
    {
        var fact = new Fact { Id = "feit", Topic = "onderwerp", Text = new LocalizedText { Nl = "TESTDATA: feit" }, Source = Source };
        var figure = new Figure { Id = "cijfer", Topic = "onderwerp", Value = 1, Unit = new LocalizedText { Nl = "TESTDATA" }, AsOf = new DateOnly(2024, 1, 1), Meaning = new LocalizedText { Nl = "TESTDATA" }, Source = Source };
        var person = new Person { Id = "persoon", Name = "TESTDATA", Role = new LocalizedText { Nl = "TESTDATA" }, Source = Source };

        var json = string.Join('\n', JsonSerializer.Serialize(fact, KnowledgeJson.Options), JsonSerializer.Serialize(figure, KnowledgeJson.Options), JsonSerializer.Serialize(person, KnowledgeJson.Options));

        Assert.DoesNotContain("measure", json, StringComparison.Ordinal);
        Assert.DoesNotContain("supersedes", json, StringComparison.Ordinal);
        Assert.DoesNotContain("conflicts_with", json, StringComparison.Ordinal);
        Assert.Contains("\"related\":[]", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_FigureInASeries_KeepsMeasureSupersedesAndConflicts()
    {
        var figure = new Figure
        {
            Id = "cijfer",
            Topic = "onderwerp",
            Value = 1,
            Unit = new LocalizedText { Nl = "TESTDATA" },
            AsOf = new DateOnly(2024, 1, 1),
            Meaning = new LocalizedText { Nl = "TESTDATA" },
            Source = Source,
            Measure = "reeks",
            Supersedes = ["ouder"],
            ConflictsWith = ["ander"],
        };

        var json = JsonSerializer.Serialize(figure, KnowledgeJson.Options);

        Assert.Contains("\"measure\":\"reeks\"", json, StringComparison.Ordinal);
        Assert.Contains("\"supersedes\":[\"ouder\"]", json, StringComparison.Ordinal);
        Assert.Contains("\"conflicts_with\":[\"ander\"]", json, StringComparison.Ordinal);
    }
}
