using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CooperationBot.Testing;

namespace CooperationBot.Benchmarks.Load;

/// <summary>A bot under load: a server process on loopback, stopped on dispose.</summary>
internal sealed class LoadTarget : IDisposable
{
    private readonly Process _process;
    private readonly string? _folder;

    private LoadTarget(string name, Process process, Uri endpoint, string? folder)
    {
        Name = name;
        _process = process;
        Endpoint = endpoint;
        _folder = folder;
    }

    public string Name { get; }

    /// <summary>The bot's <c>/api/messages</c>.</summary>
    public Uri Endpoint { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Our bot: the Release build of the host (built first), on its Development defaults (anonymous, no connector calls
    /// with expectReplies), with a temporary SQLite store, the digest scheduler off and logs at Warning (the reference
    /// bot logs nothing per request either).
    /// </summary>
    public static LoadTarget StartOurs(string? knowledgePath = null)
    {
        var root = RepositoryRoot.Directory.FullName;
        Run("dotnet", root, "build", "src/CooperationBot", "-c", "Release", "-v", "quiet", "-nologo");
        var folder = Directory.CreateTempSubdirectory("cooperationbot-load-").FullName;
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(root, "src", "CooperationBot", "bin", "Release", "net10.0", "CooperationBot.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ConnectionStrings__Store"] = $"Data Source={Path.Combine(folder, "load.db")}";
        info.Environment["Digest__SchedulerEnabled"] = "false";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Knowledge__Path"] = knowledgePath ?? Path.Combine(root, "knowledge", "knowledge.yaml");
        return Start("ours (full answering pipeline)", info, port, folder);
    }

    /// <summary>The reference: bench/load/echo-bot on the JavaScript botbuilder SDK (npm ci first when needed).</summary>
    public static LoadTarget StartEcho()
    {
        var folder = Path.Combine(RepositoryRoot.Directory.FullName, "bench", "load", "echo-bot");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "botbuilder")))
        {
            Run("npm", folder, "ci", "--no-audit", "--no-fund");
        }

        var port = FreePort();
        var info = new ProcessStartInfo("node") { UseShellExecute = false, WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("index.js");
        info.ArgumentList.Add("--port");
        info.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        return Start("reference echo (JS botbuilder CloudAdapter)", info, port, null);
    }

    /// <summary>The process's resident set now, in MB (Linux /proc).</summary>
    public double ResidentMegabytes() => ReadStatus("VmRSS:");

    /// <summary>The process's peak resident set, in MB.</summary>
    public double PeakMegabytes() => ReadStatus("VmHWM:");

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static LoadTarget Start(string name, ProcessStartInfo info, int port, string? folder)
    {
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine($"[{name}] {line}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var target = new LoadTarget(name, process, new Uri($"http://127.0.0.1:{port}/api/messages"), folder);
        target.WaitUntilListening(port);
        return target;
    }

    private void WaitUntilListening(int port)
    {
        var deadline = Stopwatch.GetTimestamp() + (Stopwatch.Frequency * 60);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} before it listened.");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new TimeoutException($"{Name} did not listen on port {port} within 60 s.");
    }

    private double ReadStatus(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string file, string folder, params string[] args)
    {
        var info = new ProcessStartInfo(file) { UseShellExecute = false, WorkingDirectory = folder };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed with {process.ExitCode}.");
        }
    }
}
