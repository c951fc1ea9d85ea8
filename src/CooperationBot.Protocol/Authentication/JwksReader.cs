using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace CooperationBot.Protocol.Authentication;

/// <summary>
/// Reads a JSON Web Key Set, keeping each key's <c>endorsements</c>. Only RSA signing keys with a key id are kept;
/// other entries are skipped. A later entry with an id already seen is skipped too.
/// </summary>
internal static class JwksReader
{
    public static Dictionary<string, ChannelSigningKey> Read(JsonElement root, out int skipped)
    {
        skipped = 0;
        var keys = new Dictionary<string, ChannelSigningKey>(StringComparer.Ordinal);
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("keys", out var entries)
            || entries.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("The key set has no 'keys' array.");
        }

        foreach (var entry in entries.EnumerateArray())
        {
            var key = TryReadKey(entry);
            if (key is null || !keys.TryAdd(key.KeyId, key))
            {
                skipped++;
            }
        }

        return keys;
    }

    private static ChannelSigningKey? TryReadKey(JsonElement entry)
    {
        if (entry.ValueKind != JsonValueKind.Object
            || GetString(entry, "kty") != "RSA"
            || GetString(entry, "kid") is not { Length: > 0 } kid
            || GetString(entry, "use") is { } use && use != "sig"
            || !TryDecode(GetString(entry, "n"), out var modulus)
            || !TryDecode(GetString(entry, "e"), out var exponent))
        {
            return null;
        }

        var securityKey = new RsaSecurityKey(new RSAParameters { Modulus = modulus, Exponent = exponent }) { KeyId = kid };
        return new ChannelSigningKey(kid, securityKey, ReadEndorsements(entry));
    }

    private static string[] ReadEndorsements(JsonElement entry)
    {
        if (!entry.TryGetProperty("endorsements", out var endorsements) || endorsements.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. endorsements.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String)
            .Select(e => e.GetString()!)
            .Where(e => e.Length > 0)];
    }

    private static string? GetString(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool TryDecode(string? value, out byte[] bytes)
    {
        bytes = [];
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        try
        {
            bytes = Base64UrlEncoder.DecodeBytes(value);
            return bytes.Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
