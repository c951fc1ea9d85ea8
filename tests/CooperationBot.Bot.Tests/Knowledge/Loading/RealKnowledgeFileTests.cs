using CooperationBot.Bot.Knowledge.Loading;
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
    public void SourceCopy_IsByteIdenticalToTheSharedSource()
    {
        var copy = File.ReadAllBytes(Path.Combine(KnowledgeFolder, "sources", "000_ef273bc0d1f99a1b.txt"));
        var shared = File.ReadAllBytes(RepositoryRoot.SharedPath("sources", "000_ef273bc0d1f99a1b.txt"));

        Assert.Equal(shared, copy);
    }
}
