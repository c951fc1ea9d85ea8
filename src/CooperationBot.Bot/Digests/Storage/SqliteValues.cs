using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CooperationBot.Bot.Digests.Storage;

/// <summary>How the digest store writes and reads values: see <see cref="DigestSchema"/>.</summary>
internal static class SqliteValues
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>An instant as UTC round-trip text: fixed width, so text order is time order.</summary>
    public static string Instant(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static object Instant(DateTimeOffset? value) => value is { } v ? Instant(v) : DBNull.Value;

    public static string Date(DateOnly value) => value.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static object Date(DateOnly? value) => value is { } v ? Date(v) : DBNull.Value;

    public static object OrNull(string? value) => (object?)value ?? DBNull.Value;

    public static object OrNull(int? value) => value is { } v ? v : DBNull.Value;

    /// <summary>Adds a named parameter (null becomes SQL NULL) and returns the command.</summary>
    public static SqliteCommand With(this SqliteCommand command, string name, object value)
    {
        command.Parameters.AddWithValue(name, value);
        return command;
    }

    public static string? GetNullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? GetNullableInt32(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static DateTimeOffset GetInstant(this SqliteDataReader reader, int ordinal) =>
        DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static DateTimeOffset? GetNullableInstant(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInstant(ordinal);

    public static DateOnly GetDate(this SqliteDataReader reader, int ordinal) =>
        DateOnly.ParseExact(reader.GetString(ordinal), DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly? GetNullableDate(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDate(ordinal);

    public static TEnum GetEnum<TEnum>(this SqliteDataReader reader, int ordinal)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(reader.GetString(ordinal));
}
