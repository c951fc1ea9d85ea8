using CooperationBot.Benchmarks.Synthetic;
using CooperationBot.Bot.Knowledge.Loading;
using CooperationBot.Testing;

namespace CooperationBot.Benchmarks.Tests.Synthetic;

public sealed class SyntheticKnowledgeTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cooperationbot-synthetic-test-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Write_TwoHundredItems_ValidatesWithTheBotsLoader()
    {
        var knowledge = SyntheticKnowledge.Generate(200, seed: 7);

        var result = new KnowledgeFileLoader().Load(SyntheticKnowledgeFiles.Write(knowledge, _folder));

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(knowledge.Facts.Count, result.Knowledge!.Facts.Count);
        Assert.Equal(knowledge.Visits.Count, result.Knowledge.Visits.Count);
    }

    [Fact]
    public void Generate_TwoHundredItems_EveryIdAndTextMarkedSynthetic()
    {
        var knowledge = SyntheticKnowledge.Generate(200, seed: 7);

        var ids = knowledge.Sources.Select(s => s.Id).Concat(knowledge.Topics.Select(t => t.Id)).Concat(knowledge.People.Select(p => p.Id))
            .Concat(knowledge.Organisations.Select(o => o.Id)).Concat(knowledge.Facts.Select(f => f.Id)).Concat(knowledge.Figures.Select(f => f.Id))
            .Concat(knowledge.Quotes.Select(q => q.Id)).Concat(knowledge.Visits.Select(v => v.Id)).ToList();
        var texts = knowledge.Facts.Select(f => f.Text).Concat(knowledge.Figures.Select(f => f.Meaning)).Concat(knowledge.Quotes.Select(q => q.Text))
            .Concat(knowledge.Visits.Select(v => v.Title)).Concat(knowledge.People.Select(p => p.Role))
            .Concat(knowledge.Organisations.Select(o => o.Description!)).Concat(knowledge.Topics.Select(t => t.Name)).ToList();

        Assert.Equal(200, knowledge.Facts.Count + knowledge.Figures.Count + knowledge.Quotes.Count + knowledge.Visits.Count + knowledge.People.Count + knowledge.Organisations.Count);
        Assert.All(ids, id => Assert.StartsWith("synthetic-", id, StringComparison.Ordinal));
        Assert.All(texts, text => Assert.StartsWith("[SYNTHETISCH] ", text.Nl, StringComparison.Ordinal));
        Assert.All(texts, text => Assert.StartsWith("[SYNTHETIC] ", text.En, StringComparison.Ordinal));
        Assert.Equal("SYNTHETISCH testbestand — geen echte kennis", Assert.Single(knowledge.Sources).Title);
        Assert.StartsWith("SYNTHETISCH testbestand", SyntheticKnowledge.SourceText(knowledge), StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_SameSeed_SameKnowledge()
    {
        var first = SyntheticKnowledge.Generate(100, seed: 3);
        var second = SyntheticKnowledge.Generate(100, seed: 3);

        Assert.Equal(first.Facts.Select(f => f.Text.Nl), second.Facts.Select(f => f.Text.Nl));
    }

    [Fact]
    public void Write_IntoTheCuratedKnowledgeFolder_Refused()
    {
        var curated = Path.Combine(RepositoryRoot.Directory.FullName, "knowledge");

        Assert.Throws<ArgumentException>(() => SyntheticKnowledgeFiles.Write(SyntheticKnowledge.Generate(20, seed: 1), curated));
        Assert.False(File.Exists(Path.Combine(curated, SyntheticKnowledgeFiles.FileName)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
