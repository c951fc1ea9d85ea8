using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Loading;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Testing;
using CooperationBot.Testing.Knowledge;

namespace CooperationBot.Bot.Tests.Digests.Content;

/// <summary>
/// Knowledge for the digest tests: an editable copy of the repository's knowledge folder, and small synthetic
/// knowledge bases with dated facts and visits (the real knowledge lies in 2023, so nothing of it is upcoming).
/// </summary>
internal static class DigestTestKnowledge
{
    public const string DocumentId = "doc-1";

    /// <summary>The fact <see cref="EditOneFact"/> edits.</summary>
    public const string EditedFactId = "bezoek-onderwerp";

    private const string EditedLine =
        "nl: \"Tijdens hun ontmoeting spraken Van der Burg en Laftit over hoe ze hun samenwerking op migratie kunnen versterken.\"";

    public static readonly SourceDocument Document = new()
    {
        Id = DocumentId,
        Title = "Kamerbrief over het partnerschap",
        Publisher = "Ministerie van Justitie en Veiligheid",
        Date = new DateOnly(2026, 1, 15),
    };

    /// <summary>A temporary copy of the repository's <c>knowledge/</c> folder.</summary>
    public static TempKnowledgeFolder CopyOfReal() =>
        TempKnowledgeFolder.CopyOf(Path.Combine(RepositoryRoot.Directory.FullName, "knowledge"));

    /// <summary>Edits the Dutch text of <see cref="EditedFactId"/> in a copy of the real knowledge ("verder kunnen versterken").</summary>
    public static void EditOneFact(TempKnowledgeFolder folder) =>
        folder.Replace(EditedLine, EditedLine.Replace("kunnen versterken", "verder kunnen versterken", StringComparison.Ordinal));

    /// <summary>Loads a (copied) knowledge file; it must be valid.</summary>
    public static KnowledgeSnapshot Load(TempKnowledgeFolder folder)
    {
        var result = new KnowledgeFileLoader().Load(folder.KnowledgePath);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Diagnostics));
        return new KnowledgeSnapshot(result.Knowledge!, result.Version, DateTimeOffset.UnixEpoch, folder.KnowledgePath);
    }

    public static KnowledgeSnapshot Snapshot(KnowledgeBase knowledge, string version = "synthetic") =>
        new(knowledge, version, DateTimeOffset.UnixEpoch, "synthetic.yaml");

    public static Fact Fact(string id, string text, DateOnly? date = null, string? question = null) => new()
    {
        Id = id,
        Topic = "partnerschap",
        Text = new LocalizedText { Nl = text, En = "EN " + text },
        When = date is null ? null : new TimeReference { Date = date },
        Source = Source(3),
        Questions = question is null ? [] : [new LocalizedText { Nl = question, En = "EN " + question }],
    };

    public static Visit Visit(string id, DateOnly date) => new()
    {
        Id = id,
        Title = new LocalizedText { Nl = "Werkbezoek " + id, En = "Working visit " + id },
        Date = date,
        Place = new LocalizedText { Nl = "Rabat, Marokko", En = "Rabat, Morocco" },
        Purpose = new LocalizedText { Nl = "Kennismaking", En = "Introduction" },
        Sources = [Source(2)],
    };

    public static KnowledgeBase Knowledge(IEnumerable<Fact> facts, IEnumerable<Visit>? visits = null) => new()
    {
        Version = 1,
        Sources = [Document],
        Topics = [new Topic { Id = "partnerschap", Name = new LocalizedText { Nl = "Partnerschap", En = "Partnership" } }],
        Facts = [.. facts],
        Visits = [.. visits ?? []],
    };

    private static SourceRef Source(int paragraph) => new() { Source = DocumentId, Paragraph = paragraph, Evidence = "woorden" };
}
