using System.Diagnostics;

namespace CooperationBot.Benchmarks;

/// <summary>This program again, as a child process: so each measurement has a process (and memory figures) of its own.</summary>
internal static class SelfProcess
{
    /// <summary>How to start this program with <paramref name="args"/>, the way the host started it (apphost or <c>dotnet program.dll</c>).</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var host = Environment.ProcessPath!;
        var info = new ProcessStartInfo(host) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            info.ArgumentList.Add(typeof(SelfProcess).Assembly.Location);
        }

        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }
}
