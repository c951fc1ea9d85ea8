using CooperationBot.Bot.Knowledge.Loading;

namespace CooperationBot.Bot.Knowledge.Hosting;

/// <summary>The knowledge file is not valid at start-up, so the bot cannot serve; <see cref="Result"/> holds every diagnostic.</summary>
public sealed class KnowledgeLoadException : Exception
{
    public KnowledgeLoadException()
    {
    }

    public KnowledgeLoadException(string message)
        : base(message)
    {
    }

    public KnowledgeLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public KnowledgeLoadException(KnowledgeLoadResult result)
        : base(Describe(result))
    {
        Result = result;
    }

    public KnowledgeLoadResult? Result { get; }

    private static string Describe(KnowledgeLoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var lines = result.Diagnostics.Where(diagnostic => diagnostic.IsError).Select(diagnostic => diagnostic.ToString());
        return $"The knowledge file {result.Location.FullPath} is not valid ({result.ErrorCount} errors):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
    }
}
