namespace CooperationBot.Bot.Storage;

/// <summary>
/// No access token for the store's sign-in (<c>Store:Authentication=ManagedIdentity</c>). Its message says which
/// credential and why in plain words, never the token; Npgsql hands it on as the inner exception of its own.
/// </summary>
public sealed class StoreTokenException : Exception
{
    public StoreTokenException()
    {
    }

    public StoreTokenException(string message)
        : base(message)
    {
    }

    public StoreTokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The first <see cref="StoreTokenException"/> in <paramref name="exception"/> or its inner exceptions, or null.</summary>
    public static StoreTokenException? Find(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is StoreTokenException found)
            {
                return found;
            }
        }

        return null;
    }
}
