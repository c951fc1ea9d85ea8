namespace CooperationBot.Bot.Knowledge.Hosting;

/// <summary>The <c>Knowledge</c> configuration section: where the knowledge file is and how it is watched.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>
    /// The knowledge file. A relative path is looked for from the working directory upwards (the repository), then
    /// beside the program (deployments). The default is <c>knowledge/knowledge.yaml</c>.
    /// </summary>
    public string Path { get; set; } = "knowledge/knowledge.yaml";

    /// <summary>Whether edits are picked up while the bot runs. The default is true.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>How long the file must be quiet after a change before it is reloaded. The default is 500 ms.</summary>
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often the files' hash is compared, in case a change notification was missed. The default is 30 seconds.</summary>
    public TimeSpan HashCheckInterval { get; set; } = TimeSpan.FromSeconds(30);
}
