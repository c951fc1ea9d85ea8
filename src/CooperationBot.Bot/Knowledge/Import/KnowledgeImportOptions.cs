using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>What the curator tells the importer about the document, and the knowledge to match names against.</summary>
public sealed record KnowledgeImportOptions
{
    /// <summary>The source's <c>file</c> entry: the text's path relative to the draft file.</summary>
    public required string SourceFile { get; init; }

    /// <summary>The title; by default the document's first line (without a leading "date YYYY-MM").</summary>
    public string? SourceTitle { get; init; }

    /// <summary>The publisher; by default a placeholder the curator must replace.</summary>
    public string? Publisher { get; init; }

    /// <summary>The publication date; by default a full date in the first line, else the import fails with a message.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The main knowledge file, whose people and organisations (with aliases) are recognised as known.</summary>
    public KnowledgeBase? Known { get; init; }
}
