using CooperationBot.Host.Cli;

namespace CooperationBot.Tests.Infrastructure;

/// <summary>Runs the bot's command line in process, capturing its exit code, standard output and standard error.</summary>
public static class CliRun
{
    public static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
