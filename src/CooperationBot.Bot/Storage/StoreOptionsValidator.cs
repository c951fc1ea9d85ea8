using Microsoft.Extensions.Options;
using Npgsql;

namespace CooperationBot.Bot.Storage;

/// <summary>
/// Checks <see cref="StoreOptions"/> at start-up: a known provider, and for PostgreSQL a connection string that parses
/// and names a host. The messages never repeat the connection string (it may hold a password).
/// </summary>
public sealed class StoreOptionsValidator : IValidateOptions<StoreOptions>
{
    public ValidateOptionsResult Validate(string? name, StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail("ConnectionStrings:Store must not be empty.");
        }

        if (StoreOptions.Sqlite.Equals(options.Provider, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Success;
        }

        if (!StoreOptions.Postgres.Equals(options.Provider, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail(
                $"Store:Provider must be '{StoreOptions.Sqlite}' or '{StoreOptions.Postgres}', not '{options.Provider}'.");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        }
        catch (ArgumentException)
        {
            return ValidateOptionsResult.Fail(
                "ConnectionStrings:Store is not a valid PostgreSQL connection string (expected Host=...;Database=...;Username=...;Password=...).");
        }

        return string.IsNullOrWhiteSpace(builder.Host)
            ? ValidateOptionsResult.Fail("ConnectionStrings:Store must name a Host for the PostgreSQL store (Host=...;Database=...).")
            : ValidateOptionsResult.Success;
    }
}
