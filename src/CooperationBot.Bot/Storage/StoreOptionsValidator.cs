using Microsoft.Extensions.Options;
using Npgsql;

namespace CooperationBot.Bot.Storage;

/// <summary>
/// Checks <see cref="StoreOptions"/> at start-up: a known provider and authentication; for PostgreSQL a connection
/// string that parses and names a host, and with <c>Store:Authentication=ManagedIdentity</c> one that names the role
/// and holds no password. The messages never repeat the connection string (it may hold a password). Whether the bot
/// has a managed identity is checked by the host, which knows the bot's registration.
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

        if (!options.UsesManagedIdentity
            && !StoreOptions.PasswordAuthentication.Equals(options.Authentication?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail(
                $"Store:Authentication must be '{StoreOptions.PasswordAuthentication}' or '{StoreOptions.ManagedIdentityAuthentication}', not '{options.Authentication}'.");
        }

        if (StoreOptions.Sqlite.Equals(options.Provider, StringComparison.OrdinalIgnoreCase))
        {
            return options.UsesManagedIdentity
                ? ValidateOptionsResult.Fail(
                    $"Store:Authentication={StoreOptions.ManagedIdentityAuthentication} needs Store:Provider={StoreOptions.Postgres}: a SQLite file has no sign-in.")
                : ValidateOptionsResult.Success;
        }

        if (!options.UsesPostgres)
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

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            failures.Add("ConnectionStrings:Store must name a Host for the PostgreSQL store (Host=...;Database=...).");
        }

        if (options.UsesManagedIdentity)
        {
            if (!string.IsNullOrEmpty(builder.Password))
            {
                failures.Add(
                    $"ConnectionStrings:Store has a Password, but Store:Authentication={StoreOptions.ManagedIdentityAuthentication} signs in with the managed identity's token: remove the password.");
            }

            if (string.IsNullOrWhiteSpace(builder.Username))
            {
                failures.Add(
                    $"ConnectionStrings:Store has no Username: with Store:Authentication={StoreOptions.ManagedIdentityAuthentication} it must name the PostgreSQL role of the managed identity (Username=<identity name>).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
