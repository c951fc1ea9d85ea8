using CooperationBot.Benchmarks.Load;
using CooperationBot.Bot.Knowledge.Loading;
using CooperationBot.Testing;

namespace CooperationBot.Benchmarks.Tests.Load;

/// <summary>The soak's premise: its valid revisions load, its broken ones do not, and each carries its marker.</summary>
public sealed class KnowledgeEditorTests : IDisposable
{
    private readonly KnowledgeEditor _editor = new(Path.Combine(RepositoryRoot.Directory.FullName, "knowledge"));

    public void Dispose() => _editor.Dispose();

    [Fact]
    public void Next_ValidRevision_LoadsWithTheMarker()
    {
        var revision = _editor.Next();

        var result = new KnowledgeFileLoader().Load(_editor.FilePath);

        Assert.False(KnowledgeEditor.IsBroken(revision));
        Assert.True(result.IsValid, string.Join('\n', result.Diagnostics));
        Assert.Contains($"[soak rev {revision}]", File.ReadAllText(_editor.FilePath), StringComparison.Ordinal);
    }

    [Fact]
    public void Next_ThirdRevision_IsBrokenAndFailsToLoad()
    {
        _editor.Next();
        _editor.Next();
        var revision = _editor.Next();

        var result = new KnowledgeFileLoader().Load(_editor.FilePath);

        Assert.True(KnowledgeEditor.IsBroken(revision));
        Assert.False(result.IsValid);
        Assert.Contains("[soak broken 3]", File.ReadAllText(_editor.FilePath), StringComparison.Ordinal);
    }
}
