using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Curators;

/// <summary>Checks the <c>Curators</c> section at start-up: the retention range, and that every id is a GUID.</summary>
public sealed class CuratorOptionsValidator : IValidateOptions<CuratorOptions>
{
    public ValidateOptionsResult Validate(string? name, CuratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        var failures = results.Select(r => $"{CuratorOptions.SectionName}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}").ToList();
        failures.AddRange(options.Ids
            .Select((id, index) => (id, index))
            .Where(c => !Guid.TryParse(c.id, out _))
            .Select(c => $"{CuratorOptions.SectionName}:Ids:{c.index}: '{c.id}' is not an Entra object id (a GUID)."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
