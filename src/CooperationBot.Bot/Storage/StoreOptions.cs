using System.ComponentModel.DataAnnotations;

namespace CooperationBot.Bot.Storage;

/// <summary>
/// Where the bot keeps what it must remember: <c>Store:Provider</c> chooses the database, <c>ConnectionStrings:Store</c>
/// says where it is.
/// </summary>
public sealed class StoreOptions
{
    /// <summary>The SQLite provider: one file, one instance of the bot (the default).</summary>
    public const string Sqlite = "sqlite";

    /// <summary>The PostgreSQL provider: one database shared by several instances of the bot.</summary>
    public const string Postgres = "postgres";

    /// <summary><see cref="Sqlite"/> (default) or <see cref="Postgres"/>.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// The connection string. The default is a SQLite file in <c>.data/</c> under the working directory, created on
    /// first use; PostgreSQL needs its own (for example <c>Host=...;Database=...;Username=...;Password=...</c>).
    /// </summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=.data/cooperationbot.db";
}
