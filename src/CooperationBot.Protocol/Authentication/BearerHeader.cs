namespace CooperationBot.Protocol.Authentication;

/// <summary>Parses <c>Authorization: Bearer &lt;token&gt;</c>: exactly two space-separated parts.</summary>
internal static class BearerHeader
{
    private const string Scheme = "Bearer";

    public static bool TryGetToken(string header, out string token)
    {
        token = string.Empty;
        var parts = header.Trim().Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], Scheme, StringComparison.OrdinalIgnoreCase) || parts[1].Length == 0)
        {
            return false;
        }

        token = parts[1];
        return true;
    }
}
