using System.Globalization;

namespace CooperationBot.Benchmarks;

/// <summary>A process's resident memory from <c>/proc/&lt;pid&gt;/status</c> (Linux).</summary>
internal static class ProcessMemory
{
    /// <summary>The resident set size now and its peak (VmRSS, VmHWM) in MB; null where /proc is not available.</summary>
    public static (double Rss, double Peak)? Read(int processId)
    {
        try
        {
            double? rss = null, peak = null;
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                rss ??= Kilobytes(line, "VmRSS:");
                peak ??= Kilobytes(line, "VmHWM:");
            }

            return rss is null || peak is null ? null : (rss.Value / 1024, peak.Value / 1024);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static double? Kilobytes(string line, string key) =>
        line.StartsWith(key, StringComparison.Ordinal)
            ? double.Parse(line[key.Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture)
            : null;
}
