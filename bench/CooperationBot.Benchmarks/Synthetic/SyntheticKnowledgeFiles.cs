using System.Globalization;
using System.Text;
using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Benchmarks.Synthetic;

/// <summary>Writes synthetic knowledge as a knowledge file and its source text, never into the curated <c>knowledge/</c> folder.</summary>
public static class SyntheticKnowledgeFiles
{
    /// <summary>The knowledge file's name in the output folder.</summary>
    public const string FileName = "synthetic-knowledge.yaml";

    /// <summary>Writes <c>synthetic-knowledge.yaml</c> and its source text into <paramref name="folder"/>; returns the knowledge file's path.</summary>
    public static string Write(KnowledgeBase knowledge, string folder)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var full = Path.GetFullPath(folder);
        if (IsCuratedKnowledgeFolder(full))
        {
            throw new ArgumentException($"{full} holds the curated knowledge: synthetic files never go there", nameof(folder));
        }

        Directory.CreateDirectory(Path.Combine(full, Path.GetDirectoryName(SyntheticKnowledge.SourceFile)!));
        var utf8 = new UTF8Encoding(false);
        File.WriteAllText(Path.Combine(full, SyntheticKnowledge.SourceFile), SyntheticKnowledge.SourceText(knowledge), utf8);
        var path = Path.Combine(full, FileName);
        using var writer = new StreamWriter(path, append: false, utf8);
        var items = knowledge.Facts.Count + knowledge.Figures.Count + knowledge.Quotes.Count + knowledge.Visits.Count
            + knowledge.People.Count + knowledge.Organisations.Count;
        KnowledgeYamlWriter.Write(knowledge, writer, string.Create(CultureInfo.InvariantCulture,
            $"{SyntheticKnowledge.SourceTitle}: {items} SYNTHETIC items for benchmarks, true about nothing.\nWritten by bench/CooperationBot.Benchmarks (generate). Never copy this into knowledge/."));
        return path;
    }

    /// <summary>True for the repository's knowledge/ folder (or one below it): it holds knowledge.schema.json.</summary>
    private static bool IsCuratedKnowledgeFolder(string folder)
    {
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            if (directory.Name == "knowledge" && File.Exists(Path.Combine(directory.FullName, "knowledge.schema.json")))
            {
                return true;
            }
        }

        return false;
    }
}
