using System.Data.Common;
using System.Globalization;

namespace CooperationBot.Bot.Digests.Storage;

/// <summary>
/// How the digest stores write and read values (both databases alike, see <see cref="DigestSchema"/>): instants as
/// UTC round-trip text, enums as their names. Dates are text in SQLite and <c>date</c> in PostgreSQL
/// (<see cref="ParameterStyle"/>); <see cref="GetDate"/> reads either.
/// </summary>
internal static class StoreValues
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
    public static TCommand With<TCommand>(this TCommand command, string name, object value)
        where TCommand : DbCommand
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return command;
    }

    /// <summary>Runs the query and reads each row with <paramref name="read"/>.</summary>
    public static async Task<List<T>> ReadAllAsync<T>(this DbCommand command, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>How many entries are in each state, from rows of (state, count); every state is in the answer.</summary>
    public static async Task<IReadOnlyDictionary<OutboxState, int>> ReadStateCountsAsync(this DbCommand command, CancellationToken cancellationToken)
    {
        var counts = Enum.GetValues<OutboxState>().ToDictionary(s => s, _ => 0);
        foreach (var (state, count) in await command.ReadAllAsync(r => (r.GetEnum<OutboxState>(0), r.GetInt32(1)), cancellationToken).ConfigureAwait(false))
        {
            counts[state] = count;
        }

        return counts;
    }

    public static string? GetNullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? GetNullableInt32(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static DateTimeOffset GetInstant(this DbDataReader reader, int ordinal) =>
        DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static DateTimeOffset? GetNullableInstant(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInstant(ordinal);

    /// <summary>A date stored as <c>yyyy-MM-dd</c> text (SQLite) or as a date (PostgreSQL).</summary>
    public static DateOnly GetDate(this DbDataReader reader, int ordinal) =>
        reader.GetFieldType(ordinal) == typeof(string)
            ? DateOnly.ParseExact(reader.GetString(ordinal), DateFormat, CultureInfo.InvariantCulture)
            : reader.GetFieldValue<DateOnly>(ordinal);

    public static DateOnly? GetNullableDate(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDate(ordinal);

    public static TEnum GetEnum<TEnum>(this DbDataReader reader, int ordinal)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(reader.GetString(ordinal));
}
