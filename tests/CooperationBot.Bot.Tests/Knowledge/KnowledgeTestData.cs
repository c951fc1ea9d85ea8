using CooperationBot.Bot.Knowledge.Loading;
using CooperationBot.Testing.Knowledge;

namespace CooperationBot.Bot.Tests.Knowledge;

/// <summary>The small test knowledge file (TestData/knowledge.yaml with TestData/sources/bron.txt) and how to load it.</summary>
internal static class KnowledgeTestData
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Knowledge", "TestData");

    /// <summary>A temporary, editable copy of the test knowledge folder.</summary>
    public static TempKnowledgeFolder Copy() => TempKnowledgeFolder.CopyOf(Folder);

    /// <summary>Loads the copy's knowledge file, naming it <c>knowledge.yaml</c> in diagnostics.</summary>
    public static KnowledgeLoadResult Load(TempKnowledgeFolder folder) =>
        new KnowledgeFileLoader().Load(folder.KnowledgePath, "knowledge.yaml");

    /// <summary>The errors of the copy as printed (<c>file:line:column: error: message</c>).</summary>
    public static IReadOnlyList<string> Errors(TempKnowledgeFolder folder) =>
        Load(folder).Diagnostics.Where(diagnostic => diagnostic.IsError).Select(diagnostic => diagnostic.ToString()).ToList();
}
