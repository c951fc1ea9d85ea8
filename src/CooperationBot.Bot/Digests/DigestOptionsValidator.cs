using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Digests;

/// <summary>Checks the <c>Digest</c> section's ranges at start-up.</summary>
public sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(results.Select(r => $"Digest:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
    }
}
