using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Knowledge.Hosting;

/// <summary>Validates <see cref="KnowledgeOptions"/> at start-up.</summary>
public sealed class KnowledgeOptionsValidator : IValidateOptions<KnowledgeOptions>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            failures.Add("Knowledge:Path must name the knowledge file (the default is knowledge/knowledge.yaml).");
        }

        if (options.ReloadDelay < TimeSpan.Zero || options.ReloadDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add("Knowledge:ReloadDelay must be between 00:00:00 and 00:01:00.");
        }

        if (options.HashCheckInterval < TimeSpan.FromMilliseconds(10) || options.HashCheckInterval > TimeSpan.FromDays(1))
        {
            failures.Add("Knowledge:HashCheckInterval must be between 00:00:00.010 and 1.00:00:00.");
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
