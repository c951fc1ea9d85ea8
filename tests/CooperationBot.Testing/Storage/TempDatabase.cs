using Microsoft.Data.Sqlite;

namespace CooperationBot.Testing.Storage;

/// <summary>
/// A SQLite database file in a fresh temporary folder, deleted with the folder on dispose. The file's own folder
/// (<c>data/</c>) does not exist yet, so a store must create it. Several stores on one <see cref="ConnectionString"/>
/// behave like several processes on one file.
/// </summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("cooperationbot-db-").FullName;
        FilePath = Path.Combine(Folder, "data", "cooperationbot.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath }.ToString();
    }

    /// <summary>The temporary folder (deleted on dispose).</summary>
    public string Folder { get; }

    /// <summary>The database file, in a subfolder of <see cref="Folder"/> that is not created here.</summary>
    public string FilePath { get; }

    /// <summary>A pooled connection string for <see cref="FilePath"/>, for <c>StoreOptions.ConnectionString</c>.</summary>
    public string ConnectionString { get; }

    /// <summary>Opens a connection of its own, to look at the file directly (creates the folder when missing).</summary>
    public SqliteConnection Open()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        Directory.Delete(Folder, recursive: true);
    }
}
