using System.Security.Cryptography;
using System.Text;

namespace CooperationBot.Bot.Knowledge.Loading;

/// <summary>The version of a knowledge file: the first 12 hex digits of the SHA-256 of its bytes and its source texts.</summary>
public static class KnowledgeFingerprint
{
    private const int Length = 12;

    /// <summary>Hashes <paramref name="files"/> in order; a missing file counts as a marker, so its appearance changes the version.</summary>
    public static string Compute(IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                hash.AppendData(Encoding.UTF8.GetBytes("missing:" + file));
                continue;
            }

            hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..Length];
    }
}
