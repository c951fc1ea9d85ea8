namespace CooperationBot.Bot.Digests.Storage;

/// <summary>
/// What differs between the databases when the shared column mappers bind parameters: the name prefix (SQLite's
/// <c>$name</c>, Npgsql's <c>@name</c>) and whether dates are sent as dates or as <c>yyyy-MM-dd</c> text.
/// </summary>
internal sealed class ParameterStyle
{
    private ParameterStyle(char prefix, bool nativeDates)
    {
        Prefix = prefix;
        NativeDates = nativeDates;
    }

    /// <summary>SQLite: <c>$name</c>, dates as text.</summary>
    public static ParameterStyle Sqlite { get; } = new('$', nativeDates: false);

    /// <summary>PostgreSQL (Npgsql): <c>@name</c>, dates as <c>date</c>.</summary>
    public static ParameterStyle Postgres { get; } = new('@', nativeDates: true);

    public char Prefix { get; }

    public bool NativeDates { get; }

    /// <summary>The parameter name of a column.</summary>
    public string Name(string column) => Prefix + column;

    /// <summary>A parameter list written with <c>$name</c> (the column classes' constants) in this style.</summary>
    public string List(string sqliteParameters) => sqliteParameters.Replace('$', Prefix);

    public object Date(DateOnly value) => NativeDates ? value : StoreValues.Date(value);

    public object Date(DateOnly? value) => value is { } v ? Date(v) : DBNull.Value;
}
