using Azure.Core;
using CooperationBot.Protocol.Connector;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CooperationBot.Bot.Storage;

/// <summary>
/// The PostgreSQL password of <c>Store:Authentication=ManagedIdentity</c>: an Entra access token for Azure Database for
/// PostgreSQL (<see cref="Scope"/>) from the bot's managed identity. Npgsql's periodic password provider asks for one
/// when the store's data source is made, then every <see cref="DefaultRefreshInterval"/>, and after a failure every
/// <see cref="DefaultRetryInterval"/> (keeping the last good password meanwhile); a new physical connection signs in
/// with the latest. The token is never logged and never put in an exception. A singleton.
/// </summary>
/// <remarks>
/// The interval is fixed because Npgsql's provider takes a fixed one. Four minutes is shorter than any token's life
/// (an hour or more) and than the five minutes before expiry at which Azure.Identity stops handing out a cached token
/// and gets a new one, so the password a connection signs in with is always a token with time left; in between the
/// credential answers from its cache, without a request to the identity endpoint. Only the sign-in checks the token:
/// an open connection stays valid after it expires.
/// </remarks>
public sealed class PostgresAccessTokenPassword
{
    /// <summary>The scope of a token for Azure Database for PostgreSQL (Entra authentication).</summary>
    public const string Scope = "https://ossrdbms-aad.database.windows.net/.default";

    /// <summary>How often a new password is asked for while the last request worked.</summary>
    public static readonly TimeSpan DefaultRefreshInterval = TimeSpan.FromMinutes(4);

    /// <summary>How soon a failed request for a password is tried again.</summary>
    public static readonly TimeSpan DefaultRetryInterval = TimeSpan.FromSeconds(10);

    private readonly TokenCredential _credential;
    private readonly string _credentialName;
    private readonly ILogger _logger;

    public PostgresAccessTokenPassword(TokenCredential credential, ILogger<PostgresAccessTokenPassword> logger)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(logger);
        _credential = credential;
        _credentialName = credential.GetType().Name;
        _logger = logger;
    }

    /// <summary>The refresh interval; only tests shorten it.</summary>
    internal TimeSpan RefreshInterval { get; init; } = DefaultRefreshInterval;

    /// <summary>The retry interval after a failure; only tests shorten it.</summary>
    internal TimeSpan RetryInterval { get; init; } = DefaultRetryInterval;

    /// <summary>Makes <paramref name="builder"/>'s data source sign in with this password.</summary>
    internal void Apply(NpgsqlDataSourceBuilder builder) => builder.UsePeriodicPasswordProvider(GetPasswordAsync, RefreshInterval, RetryInterval);

    private async ValueTask<string> GetPasswordAsync(NpgsqlConnectionStringBuilder settings, CancellationToken cancellationToken)
    {
        var role = settings.Username ?? "";
        string token;
        TimeSpan validFor;
        try
        {
            (token, validFor) = await CredentialToken.RequestAsync(_credential, Scope, cancellationToken).ConfigureAwait(false);
        }
        catch (AccessTokenException exception)
        {
            Log.StoreTokenFailed(_logger, _credentialName, role, exception.StatusCode, exception.ErrorCode);
            throw new StoreTokenException("No access token for PostgreSQL: " + exception.Message, exception);
        }

        if (validFor <= RefreshInterval)
        {
            Log.StoreTokenShortLived(_logger, _credentialName, role, validFor, RefreshInterval);
        }
        else
        {
            Log.StoreTokenAcquired(_logger, _credentialName, role, validFor);
        }

        return token;
    }
}
