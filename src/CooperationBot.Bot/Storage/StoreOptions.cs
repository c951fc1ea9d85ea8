using System.ComponentModel.DataAnnotations;

namespace CooperationBot.Bot.Storage;

/// <summary>
/// Where the bot keeps what it must remember: <c>Store:Provider</c> chooses the database, <c>ConnectionStrings:Store</c>
/// says where it is, <c>Store:Authentication</c> how the bot signs in to PostgreSQL.
/// </summary>
public sealed class StoreOptions
{
    /// <summary>The SQLite provider: one file, one instance of the bot (the default).</summary>
    public const string Sqlite = "sqlite";

    /// <summary>The PostgreSQL provider: one database shared by several instances of the bot.</summary>
    public const string Postgres = "postgres";

    /// <summary>Sign in with what the connection string holds (for PostgreSQL its Password; the default).</summary>
    public const string PasswordAuthentication = "Password";

    /// <summary>
    /// PostgreSQL only: sign in with an Entra access token of the bot's managed identity as the password; the
    /// connection string names the role (Username) and holds no password.
    /// </summary>
    public const string ManagedIdentityAuthentication = "ManagedIdentity";

    /// <summary><see cref="Sqlite"/> (default) or <see cref="Postgres"/>.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// The connection string. The default is a SQLite file in <c>.data/</c> under the working directory, created on
    /// first use; PostgreSQL needs its own (for example <c>Host=...;Database=...;Username=...;Password=...</c>).
    /// </summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=.data/cooperationbot.db";

    /// <summary>
    /// <see cref="PasswordAuthentication"/> (default) or <see cref="ManagedIdentityAuthentication"/>, in any case.
    /// </summary>
    public string Authentication { get; set; } = PasswordAuthentication;

    /// <summary>True when <see cref="Authentication"/> is <see cref="ManagedIdentityAuthentication"/> (in any case).</summary>
    public bool UsesManagedIdentity => ManagedIdentityAuthentication.Equals(Authentication?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <see cref="Provider"/> is <see cref="Postgres"/> (in any case).</summary>
    public bool UsesPostgres => Postgres.Equals(Provider, StringComparison.OrdinalIgnoreCase);
}
