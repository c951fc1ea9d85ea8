namespace CooperationBot.Host.Cli;

/// <summary>The bot's command line: <c>cards export</c>, <c>manifest package</c>, <c>knowledge validate|import|gaps</c>, <c>ask</c>, <c>visit</c>, <c>digest</c>.</summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["cards", "manifest", "knowledge", "ask", "visit", "digest", "help", "--help", "-h"];

    public static bool IsCommand(string[] args) =>
        args is { Length: > 0 } && (Commands.Contains(args[0], StringComparer.OrdinalIgnoreCase) || VisitDocxCommand.Handles(args));

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (VisitDocxCommand.Handles(args))
        {
            return VisitDocxCommand.Run(args[1..], output, error);
        }

        if (string.Equals(args[0], "ask", StringComparison.OrdinalIgnoreCase))
        {
            return AskCommand.Run(args[1..], output, error);
        }

        if (string.Equals(args[0], "visit", StringComparison.OrdinalIgnoreCase))
        {
            return VisitCommand.Run(args[1..], output, error);
        }

        if (string.Equals(args[0], "digest", StringComparison.OrdinalIgnoreCase))
        {
            return await DigestCommandLine.RunAsync(args[1..], output, error).ConfigureAwait(false);
        }

        var rest = args.Skip(2).ToArray();
        switch (args[0].ToLowerInvariant(), args.Length > 1 ? args[1].ToLowerInvariant() : null)
        {
            case ("cards", "export"):
                return CardsExportCommand.Run(rest, output, error);
            case ("manifest", "package"):
                return await ManifestPackageCommand.RunAsync(rest, output, error).ConfigureAwait(false);
            case ("knowledge", "validate"):
                return KnowledgeValidateCommand.Run(rest, output, error);
            case ("knowledge", "import"):
                return KnowledgeImportCommand.Run(rest, output, error);
            case ("knowledge", "gaps"):
                return await KnowledgeGapsCommand.RunAsync(rest, output, error).ConfigureAwait(false);
            case ("help" or "--help" or "-h", _):
                await output.WriteLineAsync(Usage).ConfigureAwait(false);
                return 0;
            default:
                await error.WriteLineAsync(Usage).ConfigureAwait(false);
                return 2;
        }
    }

    public const string Usage = """
        Usage:
          CooperationBot                                   run the bot (http://127.0.0.1:3978/api/messages)
          CooperationBot cards export <dir>                write every card the bot can produce as JSON files
          CooperationBot manifest package --app-id <guid> [--out appPackage.zip] [--manifest <dir>]
                                                           write the Teams app package with the app id filled in
          CooperationBot knowledge validate [path]         check the knowledge file (default knowledge/knowledge.yaml):
                                                           errors and warnings as path:line:column; exit 1 on errors
          CooperationBot knowledge import <file.txt|.md|.docx> [--source-title ...] [--publisher ...]
                                   [--date YYYY-MM-DD] [--out knowledge/drafts/<name>.yaml]
                                                           draft knowledge from a new source document (status draft)
          CooperationBot knowledge gaps [--since yyyy-MM-dd] [--json]
                                                           the curators' report: unanswered and partly known
                                                           questions grouped by similarity (with what is
                                                           missing), down-voted answers with their comments
          CooperationBot ask [--json] [--lang nl|en] "question"
                                                           answer a question as the bot would, with its sources
          CooperationBot ask --json [--lang nl|en] --file questions.txt
                                                           answer one question per line as JSON Lines
          CooperationBot visit [--json] [--lang nl|en] "words"
                                                           the summary of a visit (words: year, person, place,
                                                           organisation); exit 1 listing visits when none or several match
          CooperationBot visit --docx out.docx [--lang nl|en] "words"
                                                           write the visit's Word briefing note
          CooperationBot digest run --now                  deliver today's digest to every subscriber who has not had
                                                           it today (same store and connector as the bot), then exit
          CooperationBot digest status [--json]            subscribers, their last delivery and failures
        """;
}
