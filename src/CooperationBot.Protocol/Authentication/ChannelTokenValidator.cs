using System.Security.Claims;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CooperationBot.Protocol.Authentication;

/// <summary>
/// Validates channel tokens as section 1 of the protocol notes says: Bot Framework issuer, audience = app id,
/// RS256/384/512 only, key endorsed for the channel, <c>serviceurl</c> claim equal to the activity's serviceUrl.
/// The constructor throws <see cref="OptionsValidationException"/> for invalid options
/// (see <see cref="BotAuthenticationOptionsValidator"/>). As <see cref="ISigningKeyStatus"/> it tells whether its
/// key cache holds keys.
/// </summary>
public sealed class ChannelTokenValidator : IChannelTokenValidator, ISigningKeyStatus
{
    /// <summary>The authentication type of the identities this validator produces.</summary>
    public const string AuthenticationType = "BotFramework";

    private const string ServiceUrlClaim = "serviceurl";
    private const int MaxTokenLength = 16 * 1024;
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly string? _appId;
    private readonly string[] _validIssuers;
    private readonly string[] _allowedChannelIds;
    private readonly TimeSpan _clockSkew;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ChannelTokenValidator> _logger;
    private readonly SigningKeyCache _keys;
    private readonly JsonWebTokenHandler _handler = new();

    public ChannelTokenValidator(
        IOptions<BotAuthenticationOptions> options,
        HttpClient httpClient,
        TimeProvider timeProvider,
        ILogger<ChannelTokenValidator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        var value = options.Value;
        var check = new BotAuthenticationOptionsValidator().Validate(Options.DefaultName, value);
        if (check.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(BotAuthenticationOptions), check.Failures);
        }

        _appId = value.MicrosoftAppId;
        _validIssuers = [.. value.ValidIssuers];
        _allowedChannelIds = [.. value.AllowedChannelIds];
        _clockSkew = value.ClockSkew;
        _timeProvider = timeProvider;
        _logger = logger;
        _keys = new SigningKeyCache(
            httpClient, timeProvider, logger, new Uri(value.OpenIdMetadataUrl), value.KeyRefreshInterval, value.UnknownKeyRefreshInterval);
    }

    /// <inheritdoc />
    public DateTimeOffset? KeysFetchedAt => _keys.FetchedAt;

    /// <inheritdoc />
    public Task<DateTimeOffset?> EnsureKeysAsync(CancellationToken cancellationToken) => _keys.EnsureAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<ChannelAuthResult> ValidateAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        var result = await ValidateCoreAsync(authorizationHeader, channelId, serviceUrl, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            Log.RequestRejected(_logger, result.FailureReason);
        }

        return result;
    }

    private async Task<ChannelAuthResult> ValidateCoreAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        var failure = CheckRequest(authorizationHeader, channelId, serviceUrl, out var token);
        if (failure is not null)
        {
            return ChannelAuthResult.Failure(failure);
        }

        if (!TryRead(token, out var jwt))
        {
            return ChannelAuthResult.Failure(ChannelAuthFailures.MalformedToken);
        }

        if (!AllowedAlgorithms.Contains(jwt.Alg, StringComparer.Ordinal))
        {
            return ChannelAuthResult.Failure(ChannelAuthFailures.AlgorithmNotAllowed);
        }

        if (jwt.EncodedSignature.Length == 0)
        {
            return ChannelAuthResult.Failure(ChannelAuthFailures.MalformedToken);
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return ChannelAuthResult.Failure(ChannelAuthFailures.MissingKeyId);
        }

        var lookup = await _keys.FindAsync(jwt.Kid, cancellationToken).ConfigureAwait(false);
        if (lookup.Key is not { } key)
        {
            return ChannelAuthResult.Failure(lookup.FailureReason ?? ChannelAuthFailures.UnknownKey);
        }

        if (!key.IsEndorsedFor(channelId!))
        {
            return ChannelAuthResult.Failure(ChannelAuthFailures.KeyNotEndorsed);
        }

        var validation = await _handler.ValidateTokenAsync(jwt, CreateParameters(key.SecurityKey)).ConfigureAwait(false);
        if (!validation.IsValid)
        {
            return ChannelAuthResult.Failure(DescribeFailure(validation.Exception));
        }

        if (!jwt.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimedServiceUrl)
            || !string.Equals(claimedServiceUrl, serviceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return ChannelAuthResult.Failure(ChannelAuthFailures.ServiceUrlMismatch);
        }

        return ChannelAuthResult.Success(validation.ClaimsIdentity);
    }

    private string? CheckRequest(string? authorizationHeader, string? channelId, string? serviceUrl, out string token)
    {
        token = string.Empty;
        return string.IsNullOrEmpty(_appId) ? ChannelAuthFailures.NotConfigured
            : string.IsNullOrWhiteSpace(authorizationHeader) ? ChannelAuthFailures.MissingHeader
            : !BearerHeader.TryGetToken(authorizationHeader, out token) ? ChannelAuthFailures.MalformedHeader
            : string.IsNullOrEmpty(channelId) ? ChannelAuthFailures.MissingChannelId
            : !_allowedChannelIds.Contains(channelId, StringComparer.Ordinal) ? ChannelAuthFailures.ChannelNotAllowed
            : string.IsNullOrEmpty(serviceUrl) ? ChannelAuthFailures.MissingServiceUrl
            : null;
    }

    private static bool TryRead(string token, out JsonWebToken jwt)
    {
        jwt = null!;
        if (token.Length > MaxTokenLength || token.Count(c => c == '.') != 2)
        {
            return false;
        }

        try
        {
            jwt = new JsonWebToken(token);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private TokenValidationParameters CreateParameters(SecurityKey key) => new()
    {
        IssuerSigningKey = key,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = AllowedAlgorithms,
        RequireSignedTokens = true,
        ValidateIssuer = true,
        IssuerValidator = ValidateIssuer,
        ValidateAudience = true,
        AudienceValidator = ValidateAudience,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        LifetimeValidator = ValidateLifetime,
        ClockSkew = _clockSkew,
        AuthenticationType = AuthenticationType,
        NameClaimType = ClaimTypes.Name,
    };

    private string ValidateIssuer(string issuer, SecurityToken token, TokenValidationParameters parameters) =>
        _validIssuers.Contains(issuer, StringComparer.Ordinal)
            ? issuer
            : throw new SecurityTokenInvalidIssuerException(ChannelAuthFailures.InvalidIssuer);

    private bool ValidateAudience(IEnumerable<string> audiences, SecurityToken token, TokenValidationParameters parameters) =>
        audiences.Contains(_appId, StringComparer.Ordinal);

    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        return expires is { } exp
            && now <= exp.ToUniversalTime() + _clockSkew
            && (notBefore is not { } nbf || nbf.ToUniversalTime() - _clockSkew <= now);
    }

    private static string DescribeFailure(Exception? exception) => exception switch
    {
        SecurityTokenInvalidIssuerException => ChannelAuthFailures.InvalidIssuer,
        SecurityTokenInvalidAudienceException => ChannelAuthFailures.InvalidAudience,
        SecurityTokenInvalidLifetimeException or SecurityTokenExpiredException
            or SecurityTokenNotYetValidException or SecurityTokenNoExpirationException => ChannelAuthFailures.InvalidLifetime,
        SecurityTokenInvalidAlgorithmException => ChannelAuthFailures.AlgorithmNotAllowed,
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => ChannelAuthFailures.InvalidSignature,
        _ => ChannelAuthFailures.InvalidToken,
    };
}
