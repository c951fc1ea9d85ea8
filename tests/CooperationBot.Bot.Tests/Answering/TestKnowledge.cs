using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Loading;
using CooperationBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Bot.Tests.Answering;

/// <summary>
/// Loads knowledge for the answering tests with the bot's own loader: the fixture in TestData/knowledge.yaml, or
/// the repository's knowledge/knowledge.yaml. A file that does not validate fails the test.
/// </summary>
internal static class TestKnowledge
{
    private static readonly Lazy<KnowledgeSnapshot> Fixture = new(() => Load(TestDataPath("knowledge.yaml"), "fixture-1"));
    private static readonly Lazy<KnowledgeSnapshot> Repository = new(() => Load(
        Path.Combine(RepositoryRoot.Directory.FullName, "knowledge", "knowledge.yaml"), "real"));

    public static KnowledgeSnapshot Snapshot => Fixture.Value;

    /// <summary>The repository's curated knowledge file.</summary>
    public static KnowledgeSnapshot Real => Repository.Value;

    /// <summary>An answerer over the repository's knowledge file on 7 December 2026 ("vorig jaar" is 2025).</summary>
    public static Answerer RealAnswerer() => AnswererOver(Real);

    /// <summary>An answerer over <paramref name="snapshot"/> on 7 December 2026 ("vorig jaar" is 2025).</summary>
    public static Answerer AnswererOver(KnowledgeSnapshot snapshot) => new(
        new InMemoryKnowledgeSource(snapshot),
        new AnsweringOptions(),
        NullLogger<Answerer>.Instance,
        new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero)),
        build: null);

    public static string TestDataPath(string file) =>
        Path.Combine(RepositoryRoot.Directory.FullName, "tests", "CooperationBot.Bot.Tests", "Answering", "TestData", file);

    public static KnowledgeSnapshot Load(string path, string version)
    {
        var result = new KnowledgeFileLoader().Load(path);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Diagnostics));
        return new KnowledgeSnapshot(result.Knowledge!, version, DateTimeOffset.UnixEpoch, path);
    }
}
