using System.ComponentModel.DataAnnotations;

namespace CooperationBot.Bot.Storage;

/// <summary>Where the bot keeps what it must remember: <c>ConnectionStrings:Store</c>.</summary>
public sealed class StoreOptions
{
    /// <summary>
    /// The SQLite connection string. The default is a file in <c>.data/</c> under the working directory,
    /// created on first use.
    /// </summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=.data/cooperationbot.db";
}
