using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Phrasing;

/// <summary>
/// Checks the <c>AzureOpenAI</c> section at start-up when any of it is set: both endpoint and deployment, an absolute
/// https endpoint (http only for 127.0.0.1 or localhost), a timeout of 1 to 14 seconds. An empty section is valid.
/// </summary>
public sealed class PhrasingOptionsValidator : IValidateOptions<PhrasingOptions>
{
    public ValidateOptionsResult Validate(string? name, PhrasingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsAnySet)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Endpoint) || string.IsNullOrWhiteSpace(options.Deployment))
        {
            failures.Add("AzureOpenAI: set both Endpoint and Deployment, or neither.");
        }

        if (!string.IsNullOrWhiteSpace(options.Endpoint) && !IsAllowedEndpoint(options.Endpoint))
        {
            failures.Add("AzureOpenAI:Endpoint must be an absolute https URL (http only for 127.0.0.1 or localhost).");
        }

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            failures.AddRange(results.Select(r => $"AzureOpenAI:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsAllowedEndpoint(string endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps
            || (uri.Scheme == Uri.UriSchemeHttp && uri.Host is "127.0.0.1" or "localhost"));
}
