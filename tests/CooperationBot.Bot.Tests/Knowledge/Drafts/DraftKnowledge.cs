using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Loading;
using CooperationBot.Testing;
using CooperationBot.Testing.Knowledge;

namespace CooperationBot.Bot.Tests.Knowledge.Drafts;

/// <summary>
/// A copy of the repository's knowledge with a draft fact (about a "zeppelin", words no reviewed item uses) and a
/// draft visit to "Tanger"; <see cref="Review"/> turns both into reviewed items with their English texts.
/// </summary>
internal static class DraftKnowledge
{
    public const string FactId = "draft-zeppelin";
    public const string VisitId = "draft-bezoek-tanger";
    public const string Question = "Welke zeppelin bracht de laissez-passers?";

    private const string DraftFact = """
          - id: draft-zeppelin
            status: draft
            topic: terugkeer
            text:
              nl: "Een zeppelin bracht de laissez-passers naar Marokko."
            tags: [zeppelin, luchtschip]
            source:
              source: jenv-2023-02-21-bezoek-laftit
              paragraph: 10
              evidence: "Marokko verstrekt daarvoor onder andere weer zogenoemde laissez-passers"

        """;

    private const string DraftVisit = """
          - id: draft-bezoek-tanger
            status: draft
            title: { nl: "Bezoek aan Tanger" }
            date: 2023-02-22
            place: { nl: "Tanger" }
            purpose: { nl: "Kennismaking" }
            facts: [draft-zeppelin]
            sources:
              - source: jenv-2023-02-21-bezoek-laftit
                paragraph: 2
                evidence: "Tijdens hun ontmoeting spraken ze elkaar"

        """;

    /// <summary>A copy of <c>knowledge/</c> with the draft fact and the draft visit added.</summary>
    public static TempKnowledgeFolder Create()
    {
        var folder = TempKnowledgeFolder.CopyOf(Path.Combine(RepositoryRoot.Directory.FullName, "knowledge"));
        folder.Replace("\nfigures:\n", "\n" + DraftFact + "figures:\n");
        folder.Write(folder.Read().TrimEnd() + "\n" + DraftVisit);
        return folder;
    }

    /// <summary>The curator's review: status reviewed and the English texts filled in.</summary>
    public static void Review(TempKnowledgeFolder folder)
    {
        folder.Write(folder.Read()
            .Replace("    status: draft\n", "    status: reviewed\n", StringComparison.Ordinal)
            .Replace("nl: \"Een zeppelin bracht de laissez-passers naar Marokko.\"", "nl: \"Een zeppelin bracht de laissez-passers naar Marokko.\"\n      en: \"A zeppelin brought the laissez-passers to Morocco.\"", StringComparison.Ordinal)
            .Replace("{ nl: \"Bezoek aan Tanger\" }", "{ nl: \"Bezoek aan Tanger\", en: \"Visit to Tangier\" }", StringComparison.Ordinal)
            .Replace("{ nl: \"Tanger\" }", "{ nl: \"Tanger\", en: \"Tangier\" }", StringComparison.Ordinal)
            .Replace("{ nl: \"Kennismaking\" }", "{ nl: \"Kennismaking\", en: \"Introduction\" }", StringComparison.Ordinal));
    }

    /// <summary>Loads the copy; it must be valid.</summary>
    public static (KnowledgeLoadResult Result, KnowledgeSnapshot Snapshot) Load(TempKnowledgeFolder folder)
    {
        var result = new KnowledgeFileLoader().Load(folder.KnowledgePath, "knowledge.yaml");
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Diagnostics));
        return (result, new KnowledgeSnapshot(result.Knowledge!, result.Version, DateTimeOffset.UnixEpoch, folder.KnowledgePath));
    }
}
