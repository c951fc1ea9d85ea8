using CooperationBot.Bot.Knowledge.Loading;
using CooperationBot.Testing.Knowledge;

namespace CooperationBot.Bot.Tests.Knowledge;

/// <summary>
/// The made-up knowledge file on knowledge that changes over time (TestData/Changes: a series of three figures from
/// three sources, a changed office holder, a superseded agreement) and how to load it.
/// </summary>
internal static class ChangesTestData
{
    public static string Folder => Path.Combine(KnowledgeTestData.Folder, "Changes");

    /// <summary>A temporary, editable copy of the folder.</summary>
    public static TempKnowledgeFolder Copy() => TempKnowledgeFolder.CopyOf(Folder);

    /// <summary>Loads the copy's knowledge file, naming it <c>knowledge.yaml</c> in diagnostics.</summary>
    public static KnowledgeLoadResult Load(TempKnowledgeFolder folder) =>
        new KnowledgeFileLoader().Load(folder.KnowledgePath, "knowledge.yaml");

    /// <summary>Every diagnostic of the copy as printed (<c>file:line:column: severity: message</c>).</summary>
    public static IReadOnlyList<string> Diagnostics(TempKnowledgeFolder folder) =>
        Load(folder).Diagnostics.Select(diagnostic => diagnostic.ToString()).ToList();
}
