using System.Security.Cryptography;

namespace CooperationBot.Bot.Briefings;

/// <summary>Briefing signing keys: decoding a configured key, and the development key file.</summary>
public static class BriefingKeys
{
    /// <summary>The smallest accepted key, in bytes (the HMAC-SHA256 block of security).</summary>
    public const int MinimumKeyBytes = 32;

    /// <summary>Decodes a base64 key of at least <see cref="MinimumKeyBytes"/> bytes.</summary>
    public static bool TryDecode(string? base64, out byte[] key)
    {
        key = [];
        if (string.IsNullOrWhiteSpace(base64))
        {
            return false;
        }

        var buffer = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64.Trim(), buffer, out var written) || written < MinimumKeyBytes)
        {
            return false;
        }

        key = buffer[..written];
        return true;
    }

    /// <summary>
    /// Reads the base64 key kept in <paramref name="path"/>, or creates the file with a new random key, readable
    /// and writable by the owner only. Concurrent callers all end up with the one key that was stored first.
    /// </summary>
    /// <returns>The key in base64 and whether this call created the file.</returns>
    public static (string Key, bool Created) LoadOrCreate(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (File.Exists(path))
        {
            return (File.ReadAllText(path).Trim(), false);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumKeyBytes));
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporary, options))
        {
            writer.Write(key);
        }

        try
        {
            // The rename is atomic: a reader never sees a half-written key, and a second writer loses to the first.
            File.Move(temporary, path, overwrite: false);
            return (key, true);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return (File.ReadAllText(path).Trim(), false);
        }
    }
}
