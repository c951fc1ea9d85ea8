using Npgsql;

namespace CooperationBot.Bot.Storage;

/// <summary>
/// Runs a store operation (one transaction) again when PostgreSQL aborted it as the victim of a deadlock, or for a
/// serialization failure. The server rolled the whole transaction back then, so running it again from the start is
/// safe; the other transaction has gone on meanwhile. At most <see cref="MaxAttempts"/> attempts; other errors, and
/// the last attempt's, go to the caller.
/// </summary>
internal static class PostgresRetry
{
    public const int MaxAttempts = 3;

    public static async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await operation(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException exception) when (attempt < MaxAttempts && IsRolledBackConflict(exception))
            {
                // Rolled back as a whole: go again.
            }
        }
    }

    /// <summary>True for the errors after which the server has rolled the transaction back for a conflict with another.</summary>
    public static bool IsRolledBackConflict(PostgresException exception) =>
        exception?.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure;
}
