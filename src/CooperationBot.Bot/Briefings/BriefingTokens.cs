using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using CooperationBot.Bot.Language;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Briefings;

/// <summary>
/// Signed briefing tokens: <c>base64url(payload) + "." + base64url(HMAC-SHA256(key, payload))</c>. The payload is a
/// version byte, a language byte, the expiry (unix seconds, big endian) and the visit id in UTF-8. The signature is
/// compared in constant time before anything in the payload is trusted.
/// </summary>
public sealed class BriefingTokens
{
    /// <summary>Tokens longer than this are refused without decoding.</summary>
    public const int MaxTokenLength = 512;

    private const byte Version = 1;
    private const int HeaderBytes = 10;
    private const int MaxVisitIdBytes = 200;

    private readonly byte[] _key;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _time;

    public BriefingTokens(IOptions<BriefingOptions> options, TimeProvider time)
        : this(DecodeKey(options), TimeSpan.FromHours(options.Value.BriefingTokenLifetimeHours), time)
    {
    }

    /// <summary>Tokens signed with <paramref name="key"/> (at least 32 bytes) that live for <paramref name="lifetime"/>.</summary>
    public BriefingTokens(ReadOnlySpan<byte> key, TimeSpan lifetime, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(key.Length, BriefingKeys.MinimumKeyBytes, nameof(key));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        _key = key.ToArray();
        _lifetime = lifetime;
        _time = time;
    }

    /// <summary>A token for the briefing note of <paramref name="visitId"/> in <paramref name="language"/>, valid from now for the lifetime.</summary>
    public string Create(string visitId, UserLanguage language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(visitId);
        var id = Encoding.UTF8.GetBytes(visitId);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(id.Length, MaxVisitIdBytes, nameof(visitId));
        var payload = new byte[HeaderBytes + id.Length];
        payload[0] = Version;
        payload[1] = language == UserLanguage.English ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(2), (_time.GetUtcNow() + _lifetime).ToUnixTimeSeconds());
        id.CopyTo(payload, HeaderBytes);
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_key, payload));
    }

    /// <summary>Checks a token: <see cref="BriefingTokenStatus.Invalid"/> for anything not exactly as we signed it.</summary>
    public BriefingTokenCheck Check(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return BriefingTokenCheck.Invalid;
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0
            || !TryDecode(token.AsSpan(0, dot), out var payload)
            || !TryDecode(token.AsSpan(dot + 1), out var signature)
            || !CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(_key, payload)))
        {
            return BriefingTokenCheck.Invalid;
        }

        if (payload.Length <= HeaderBytes || payload[0] != Version || payload[1] > 1 || !TryReadVisitId(payload, out var visitId))
        {
            return BriefingTokenCheck.Invalid;
        }

        var language = payload[1] == 1 ? UserLanguage.English : UserLanguage.Dutch;
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(
            BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(2)),
            DateTimeOffset.MinValue.ToUnixTimeSeconds(),
            DateTimeOffset.MaxValue.ToUnixTimeSeconds()));
        var status = _time.GetUtcNow() >= expiresAt ? BriefingTokenStatus.Expired : BriefingTokenStatus.Valid;
        return new BriefingTokenCheck(status, visitId, language, expiresAt);
    }

    /// <summary>Decodes canonical base64url only, so no two strings stand for one token.</summary>
    private static bool TryDecode(ReadOnlySpan<char> text, out byte[] bytes)
    {
        bytes = [];
        if (text.IsEmpty || text.Contains('=') || !Base64Url.IsValid(text, out var length))
        {
            return false;
        }

        bytes = new byte[length];
        if (Base64Url.DecodeFromChars(text, bytes) != length)
        {
            return false;
        }

        return text.SequenceEqual(Base64Url.EncodeToString(bytes));
    }

    private static bool TryReadVisitId(byte[] payload, out string visitId)
    {
        visitId = string.Empty;
        try
        {
            visitId = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(payload, HeaderBytes, payload.Length - HeaderBytes);
            return !string.IsNullOrWhiteSpace(visitId);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static byte[] DecodeKey(IOptions<BriefingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BriefingKeys.TryDecode(options.Value.BriefingSigningKey, out var key)
            ? key
            : throw new InvalidOperationException("Bot:BriefingSigningKey is missing or not base64 of at least 32 bytes.");
    }
}
