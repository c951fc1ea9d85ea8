using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Loading;
using CooperationBot.Bot.Tests.Answering;
using CooperationBot.Testing.Knowledge;

namespace CooperationBot.Bot.Tests.Knowledge;

/// <summary>
/// The made-up knowledge that grows over two years (TestData/Growing: five sources from 2024 and 2025, a series of five
/// values with a conflict, a superseded agreement, a changed minister, two visits). Every text in it is marked TESTDATA.
/// </summary>
internal static class GrowingTestData
{
    private static readonly Lazy<KnowledgeSnapshot> Loaded = new(() => TestKnowledge.Load(KnowledgePath, "growing"));

    /// <summary>The folder in the repository (the host tests and the end-to-end tests read it there too).</summary>
    public static string Folder => GrowingQuestion.Folder;

    public static string KnowledgePath => Path.Combine(Folder, "knowledge.yaml");

    /// <summary>The knowledge as served (no drafts).</summary>
    public static KnowledgeSnapshot Snapshot => Loaded.Value;

    /// <summary>A temporary, editable copy of the folder.</summary>
    public static TempKnowledgeFolder Copy() => TempKnowledgeFolder.CopyOf(Folder);

    /// <summary>Loads a copy's knowledge file, naming it <c>knowledge.yaml</c> in diagnostics.</summary>
    public static KnowledgeLoadResult Load(TempKnowledgeFolder folder) =>
        new KnowledgeFileLoader().Load(folder.KnowledgePath, "knowledge.yaml");

    /// <summary>An answerer over the growing knowledge on 7 December 2026 ("vorig jaar" is 2025).</summary>
    public static Answerer Answerer() => TestKnowledge.AnswererOver(Snapshot);
}
