using CooperationBot.Bot.Answering;
using CooperationBot.Testing;
using Xunit.Abstractions;

namespace CooperationBot.Bot.Tests.Answering;

public class DebugTests(ITestOutputHelper output)
{
    [Fact]
    public void Debug()
    {
        var index = KnowledgeIndex.Build(TestKnowledge.Load(Path.Combine(RepositoryRoot.Directory.FullName, "knowledge", "knowledge.yaml"), "x"));
        foreach (var q in new[] { "Hoe wordt het weer morgen in Rabat?", "Who is the prime minister of Morocco?", "Wat betekent ILO?", "Is de terugkeersamenwerking beter geworden?" })
        {
            var r = index.Search(q);
            output.WriteLine($"{q}: {string.Join("; ", r.Hits.Select(h => $"{h.ItemId} {h.Confidence:F2} {h.HasEvidence} {h.Score:F2}"))}");
            foreach (var w in index.DebugWords(q)) output.WriteLine("   " + w);
        }
    }
}
