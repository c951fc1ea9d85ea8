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
            return (ReadWritten(path), false);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumKeyBytes));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            // Creating with CreateNew is atomic: exactly one caller creates the file, and it holds the file exclusively
            // until the key is written. (A rename of a temporary file is not: without overwrite, .NET may check and
            // then rename, so a second writer can replace the first one's key.)
            using var writer = new StreamWriter(path, options);
            writer.Write(key);
            return (key, true);
        }
        catch (IOException) when (File.Exists(path))
        {
            return (ReadWritten(path), false);
        }
    }

    /// <summary>Reads the key, waiting briefly while its creator still holds the file or has not written it yet.</summary>
    private static string ReadWritten(string path)
    {
        const int Attempts = 200;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var key = File.ReadAllText(path).Trim();
                if (key.Length > 0 || attempt == Attempts)
                {
                    return key;
                }
            }
            catch (IOException) when (attempt < Attempts)
            {
            }

            Thread.Sleep(10);
        }
    }
}
