using System.Text.Json;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Phrasing;

namespace CooperationBot.Host.Cli;

/// <summary>
/// <c>ask [--json] [--lang nl|en] "question"</c> and <c>ask --json --file questions.txt</c> (one question per line,
/// answered as JSON Lines): the bot's answering pipeline on the command line.
/// </summary>
public static class AskCommand
{
    public const string UsageLine = "Usage: ask [--json] [--lang nl|en] \"question\"   |   ask --json [--lang nl|en] --file questions.txt";

    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!TryParse(args, out var options, out var problem))
        {
            error.WriteLine(problem);
            error.WriteLine(UsageLine);
            return 2;
        }

        IReadOnlyList<string> questions;
        if (options.File is { } file)
        {
            if (!File.Exists(file))
            {
                error.WriteLine($"No such file: {file}");
                return 1;
            }

            questions = [.. File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0)];
        }
        else
        {
            questions = [options.Question!];
        }

        using var services = CliServices.TryCreate(error);
        if (services is null)
        {
            return 1;
        }

        var answerer = services.GetRequiredService<Answerer>();
        var phrasing = services.GetRequiredService<AnswerPhrasing>();
        foreach (var question in questions)
        {
            var text = question.Length > AnswerHandler.MaxQuestionLength ? question[..AnswerHandler.MaxQuestionLength] : question;
            var result = answerer.Answer(text, options.Language ?? LanguageDetector.Detect(text, null));
            result = phrasing.PhraseAsync(result, CancellationToken.None).GetAwaiter().GetResult();
            if (options.Json)
            {
                output.WriteLine(AnswerJson.Create(result).ToJsonString(options.File is null ? Indented : Compact));
            }
            else
            {
                WriteText(result, output);
            }
        }

        return 0;
    }

    private static void WriteText(AnswerResult result, TextWriter output)
    {
        var english = result.Language == UserLanguage.English;
        if (result.Best is { } known && result.Outcome == AnswerOutcome.Partly)
        {
            foreach (var sentence in MissingTexts.For(result.Missing, result.Language))
            {
                output.WriteLine(sentence);
            }

            output.WriteLine(english ? "What is known:" : "Wat wel bekend is:");
            foreach (var item in result.Related.Prepend(known))
            {
                output.WriteLine("  " + item.Text);
                output.WriteLine("    " + SourceLine.For(item, result.Language));
            }

            return;
        }

        if (result.Best is { } best && result.Answered)
        {
            output.WriteLine(best.Text);
            output.WriteLine("  " + SourceLine.For(best, result.Language));
            foreach (var reason in result.Reasons)
            {
                output.WriteLine((english ? "Reason: " : "Reden: ") + reason.Text);
                output.WriteLine("  " + SourceLine.For(reason, result.Language));
            }

            foreach (var related in result.Related)
            {
                output.WriteLine((english ? "Related: " : "Gerelateerd: ") + related.Text);
                output.WriteLine("  " + SourceLine.For(related, result.Language));
            }

            return;
        }

        output.WriteLine(english ? "That is not in my knowledge." : "Dat staat niet in mijn kennis.");
        foreach (var suggestion in result.Suggestions)
        {
            output.WriteLine($"  - {suggestion.Name}" + (suggestion.ExampleQuestion is null ? string.Empty : $": {suggestion.ExampleQuestion}"));
        }
    }

    private static bool TryParse(string[] args, out AskOptions options, out string? problem)
    {
        options = new AskOptions();
        if (!CliArguments.TryParse(args, ["--file"], out var parsed, out problem))
        {
            return false;
        }

        if (parsed.Words.Count > 1)
        {
            problem = $"Unknown or incomplete option '{parsed.Words[1]}': put the question in quotes.";
            return false;
        }

        options.Json = parsed.Json;
        options.Language = parsed.Language;
        options.File = parsed.Values.GetValueOrDefault("--file");
        options.Question = parsed.Words.FirstOrDefault();
        if ((options.File is null) == string.IsNullOrWhiteSpace(options.Question))
        {
            problem = options.File is null ? "Give a question, or --file with one question per line." : "Give either a question or --file, not both.";
            return false;
        }

        if (options.File is not null && !options.Json)
        {
            problem = "--file answers as JSON Lines: add --json.";
            return false;
        }

        return true;
    }

    private sealed class AskOptions
    {
        public bool Json { get; set; }

        public UserLanguage? Language { get; set; }

        public string? File { get; set; }

        public string? Question { get; set; }
    }
}
