using System.Globalization;
using CooperationBot.Bot.Knowledge.Hosting;
using CooperationBot.Bot.Knowledge.Import;
using CooperationBot.Bot.Knowledge.Loading;
using CooperationBot.Bot.Knowledge.Validation;

namespace CooperationBot.Host.Cli;

/// <summary>
/// <c>knowledge import &lt;file.txt|.md|.docx&gt;</c>: writes draft knowledge from a new source document (see
/// <see cref="KnowledgeImporter"/>) to <c>knowledge/drafts/&lt;name&gt;.yaml</c>, the document's text to
/// <c>knowledge/sources/</c> (a .txt already there is cited where it is), and prints each encoding repair and how many
/// suggestions for the curator (<see cref="KnowledgeImport.Notes"/>) the drafts hold.
/// Exit code 0 when written, 2 on bad input (missing file, unknown kind, bad date) with a plain message.
/// </summary>
public static class KnowledgeImportCommand
{
    public const string UsageLine =
        "Usage: knowledge import <file.txt|.md|.docx> [--source-title ...] [--publisher ...] [--date YYYY-MM-DD] [--out knowledge/drafts/<name>.yaml] [--knowledge knowledge/knowledge.yaml]";

    private static readonly string[] ValueOptions = ["--source-title", "--publisher", "--date", "--out", "--knowledge"];

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!CliArguments.TryParse(args, ValueOptions, out var parsed, out var problem) || parsed.Json || parsed.Language is not null || parsed.Words.Count != 1)
        {
            error.WriteLine(problem ?? "Give one document to import.");
            error.WriteLine(UsageLine);
            return 2;
        }

        DateOnly? date = null;
        if (parsed.Values.TryGetValue("--date", out var dateText))
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedDate))
            {
                error.WriteLine($"--date takes a date written YYYY-MM-DD, not '{dateText}'.");
                return 2;
            }

            date = parsedDate;
        }

        try
        {
            return Import(parsed, date, output);
        }
        catch (KnowledgeImportException exception)
        {
            error.WriteLine("Cannot import: " + exception.Message + ".");
            return 2;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("Cannot write the drafts: " + exception.Message);
            return 2;
        }
    }

    private static int Import(CliArguments parsed, DateOnly? date, TextWriter output)
    {
        var input = parsed.Words[0];
        var document = ImportDocumentReader.Read(input);
        var knowledgePath = parsed.Values.TryGetValue("--knowledge", out var configured)
            ? Path.GetFullPath(configured)
            : KnowledgePaths.Resolve(new KnowledgeOptions().Path);
        var knowledgeFolder = Path.GetDirectoryName(knowledgePath)!;
        var name = ImportSlug.Of(Path.GetFileNameWithoutExtension(input));
        var outPath = Path.GetFullPath(parsed.Values.GetValueOrDefault("--out") ?? Path.Combine(knowledgeFolder, "drafts", name + ".yaml"));
        var sourcePath = PlaceSource(input, document, Path.Combine(knowledgeFolder, "sources"), name);
        var import = KnowledgeImporter.Import(document, new KnowledgeImportOptions
        {
            SourceFile = Path.GetRelativePath(Path.GetDirectoryName(outPath)!, sourcePath).Replace('\\', '/'),
            SourceTitle = parsed.Values.GetValueOrDefault("--source-title"),
            Publisher = parsed.Values.GetValueOrDefault("--publisher"),
            Date = date,
            Known = new KnowledgeFileLoader().Load(knowledgePath).Knowledge,
        });

        Directory.CreateDirectory(Path.GetDirectoryName(outPath)!);
        File.WriteAllText(outPath, DraftYamlWriter.Write(import, Path.GetFileName(input)));
        foreach (var repair in import.Repairs)
        {
            output.WriteLine($"{input}:{repair.Line}:{repair.Column}: repaired '{repair.Damaged}' -> '{repair.Repaired ?? "(lost: retype it from the original)"}'");
        }

        var drafts = import.Drafts;
        var newNames = drafts.People.Select(p => p.Id).Concat(drafts.Organisations.Select(o => o.Id)).Count(id => !import.KnownIds.Contains(id));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{outPath}: {drafts.Facts.Count} facts, {drafts.Figures.Count} figures, {drafts.Quotes.Count} quotes, {drafts.Visits.Count} visits, {drafts.People.Count} people, {drafts.Organisations.Count} organisations ({newNames} new); source text {sourcePath}"));
        if (import.Notes.Count > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{import.Notes.Count} {(import.Notes.Count == 1 ? "suggestion" : "suggestions")} for the curator ('# import:' comments): the series a figure continues (its measure and unit set when one series fits), or the facts a sentence may supersede (never set): you decide."));
        }

        output.WriteLine($"Every item is a draft. Review it, then run: knowledge validate {outPath}");
        return 0;
    }

    /// <summary>
    /// The source text the drafts cite: a .txt already in <paramref name="sourcesFolder"/> as it is; any other document's
    /// text (repaired) written there as <c>&lt;name&gt;.txt</c>, never overwriting a different text.
    /// </summary>
    private static string PlaceSource(string input, ImportedDocument document, string sourcesFolder, string name)
    {
        var full = Path.GetFullPath(input);
        if (string.Equals(Path.GetExtension(full), ".txt", StringComparison.OrdinalIgnoreCase)
            && string.Equals(Path.GetDirectoryName(full), Path.GetFullPath(sourcesFolder), StringComparison.Ordinal))
        {
            return full;
        }

        var target = Path.Combine(sourcesFolder, name + ".txt");
        var text = Mojibake.Repair(document.PlainText);
        if (File.Exists(target) && File.ReadAllText(target) != text)
        {
            throw new KnowledgeImportException($"{target} already holds another text: move it away or rename the document");
        }

        Directory.CreateDirectory(sourcesFolder);
        File.WriteAllText(target, text);
        return target;
    }
}
