using System.Security.Cryptography;
using CooperationBot.Bot.Knowledge.Loading;
using CooperationBot.Bot.Knowledge.Timeline;
using CooperationBot.Testing;

namespace CooperationBot.Bot.Tests.Knowledge.Loading;

/// <summary>The repository's curated knowledge file: it must always validate.</summary>
public sealed class RealKnowledgeFileTests
{
    private static string KnowledgeFolder => Path.Combine(RepositoryRoot.Directory.FullName, "knowledge");

    [Fact]
    public void Load_RepositoryKnowledgeFile_HasNoErrors()
    {
        var result = new KnowledgeFileLoader().Load(Path.Combine(KnowledgeFolder, "knowledge.yaml"), "knowledge/knowledge.yaml");

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.NotEmpty(result.Knowledge!.Facts);
    }

    [Fact]
    public void Load_RepositoryKnowledgeFile_ReturnFigureIsASeries()
    {
        var result = new KnowledgeFileLoader().Load(Path.Combine(KnowledgeFolder, "knowledge.yaml"), "knowledge/knowledge.yaml");

        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.IsError);
        var timeline = new KnowledgeTimeline(result.Knowledge!);
        Assert.Equal("terugkeer-marokkanen-sinds-actieplan", result.Knowledge!.Figures.Single(figure => figure.Id == "cijfer-terugkeer-125").Measure);
        Assert.Equal(["cijfer-terugkeer-125"], timeline.Series("terugkeer-marokkanen-sinds-actieplan").Select(figure => figure.Id));
        Assert.Empty(timeline.Conflicts);
    }

    [Fact]
    public void SourceCopy_ComparedWithTheOriginal_IsByteIdentical()
    {
        // The SHA-256 of the source document as received, its damaged quote mark included (SourceText repairs
        // that when it reads the text): the copy is never edited.
        const string Original = "eb4b3d2708291b573b32f8e910cf71abee25f7ddd9580b83d5a2ae8ac89ff5b1";

        var copy = File.ReadAllBytes(Path.Combine(KnowledgeFolder, "sources", "000_ef273bc0d1f99a1b.txt"));

        Assert.Equal(Original, Convert.ToHexStringLower(SHA256.HashData(copy)));
    }
}
