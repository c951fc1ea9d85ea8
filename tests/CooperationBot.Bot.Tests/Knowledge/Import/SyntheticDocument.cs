using CooperationBot.Bot.Knowledge.Import;
using CooperationBot.Bot.Knowledge.Loading;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Knowledge.Validation;
using CooperationBot.Testing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace CooperationBot.Bot.Tests.Knowledge.Import;

/// <summary>
/// The fictional test document (TestData/fictief-persbericht.md), the same text as a Word file made here with
/// OpenXml, a small fictional "main knowledge" knowing De Vries and the Fictieve Testautoriteit, and the import of both.
/// </summary>
internal static class SyntheticDocument
{
    public const string Name = "fictief-persbericht";
    public static readonly DateOnly Date = new(2024, 3, 6);

    public static string MarkdownPath => Path.Combine(RepositoryRoot.Directory.FullName, "tests", "CooperationBot.Bot.Tests", "Knowledge", "Import", "TestData", Name + ".md");

    public static KnowledgeBase Known { get; } = new()
    {
        Version = 1,
        People =
        [
            new Person
            {
                Id = "de-vries", Name = "De Vries", Aliases = ["minister De Vries"],
                Role = new LocalizedText { Nl = "minister van Testzaken", En = "Minister of Test Affairs" },
                Source = new SourceRef { Source = "bron", Paragraph = 1, Evidence = "De Vries" },
            },
        ],
        Organisations =
        [
            new Organisation
            {
                Id = "fta", Name = "Fictieve Testautoriteit", Aliases = ["FTA"],
                Source = new SourceRef { Source = "bron", Paragraph = 1, Evidence = "FTA" },
            },
        ],
    };

    /// <summary>Writes the Markdown's paragraphs (markup stripped) as a Word document at <paramref name="path"/>.</summary>
    public static void WriteDocx(string path)
    {
        var paragraphs = MarkdownText.Strip(File.ReadAllText(MarkdownPath))
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Word.Document(new Word.Body(paragraphs.Select(text =>
            new Word.Paragraph(new Word.Run(new Word.Text(text) { Space = SpaceProcessingModeValues.Preserve })))));
        main.Document.Save();
    }

    public static KnowledgeImport Import(string path) =>
        KnowledgeImporter.Import(ImportDocumentReader.Read(path), new KnowledgeImportOptions
        {
            SourceFile = $"../sources/{Name}.txt",
            Date = Date,
            Publisher = "Fictief Ministerie van Testzaken",
            Known = Known,
        });

    /// <summary>Writes the drafts to <c>drafts/</c> and the repaired text to <c>sources/</c> under <paramref name="root"/>, then loads the drafts.</summary>
    public static KnowledgeLoadResult WriteAndLoad(string documentPath, string root)
    {
        var import = Import(documentPath);
        Directory.CreateDirectory(Path.Combine(root, "drafts"));
        Directory.CreateDirectory(Path.Combine(root, "sources"));
        File.WriteAllText(Path.Combine(root, "sources", Name + ".txt"), Mojibake.Repair(ImportDocumentReader.Read(documentPath).PlainText));
        var drafts = Path.Combine(root, "drafts", Name + ".yaml");
        File.WriteAllText(drafts, DraftYamlWriter.Write(import, Path.GetFileName(documentPath)));
        return new KnowledgeFileLoader().Load(drafts, Name + ".yaml");
    }
}
