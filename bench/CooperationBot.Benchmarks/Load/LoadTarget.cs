using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CooperationBot.Testing;

namespace CooperationBot.Benchmarks.Load;

/// <summary>A bot under load on loopback: our bot (<see cref="BotChildProcess"/>) or the reference echo bot; stopped on dispose.</summary>
internal sealed class LoadTarget : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly BotChildProcess? _bot;
    private readonly Process? _node;

    private LoadTarget(string name, Uri endpoint, BotChildProcess? bot, Process? node)
    {
        Name = name;
        Endpoint = endpoint;
        _bot = bot;
        _node = node;
    }

    public string Name { get; }

    /// <summary>The bot's <c>/api/messages</c>.</summary>
    public Uri Endpoint { get; }

    public bool HasExited => _bot?.HasExited ?? _node!.HasExited;

    /// <summary>
    /// Our bot, on its Development defaults (anonymous; with expectReplies no connector is called), with a temporary
    /// SQLite store, the digest scheduler off and logs at Warning (the reference bot logs nothing per request either).
    /// </summary>
    public static async Task<LoadTarget> StartOursAsync(string? knowledgePath = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["Digest__SchedulerEnabled"] = "false",
            ["Knowledge__Path"] = knowledgePath ?? Path.Combine(RepositoryRoot.Directory.FullName, "knowledge", "knowledge.yaml"),
        };
        var bot = await BotChildProcess.StartAsync(null, StartTimeout, environment);
        return new LoadTarget("ours (full answering pipeline)", new Uri(bot.BaseAddress, "api/messages"), bot, null);
    }

    /// <summary>The reference: bench/load/echo-bot on the JavaScript botbuilder SDK (npm ci first when needed).</summary>
    public static LoadTarget StartEcho()
    {
        var folder = Path.Combine(RepositoryRoot.Directory.FullName, "bench", "load", "echo-bot");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "botbuilder")))
        {
            using var install = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = folder })!;
            install.WaitForExit();
            if (install.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in {folder} failed with {install.ExitCode}.");
            }
        }

        var port = FreePort();
        var info = new ProcessStartInfo("node") { UseShellExecute = false, WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("index.js");
        info.ArgumentList.Add("--port");
        info.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        var node = Process.Start(info)!;
        node.OutputDataReceived += (_, _) => { };
        node.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine($"[echo] {line}");
            }
        };
        node.BeginOutputReadLine();
        node.BeginErrorReadLine();
        WaitUntilListening(node, port);
        return new LoadTarget("reference echo (JS botbuilder CloudAdapter)", new Uri($"http://127.0.0.1:{port}/api/messages"), null, node);
    }

    /// <summary>The process's resident set now, in MB.</summary>
    public double ResidentMegabytes() => Memory().Rss;

    /// <summary>The process's peak resident set, in MB.</summary>
    public double PeakMegabytes() => Memory().Peak;

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        if (_node is not null)
        {
            if (!_node.HasExited)
            {
                _node.Kill(entireProcessTree: true);
                await _node.WaitForExitAsync();
            }

            _node.Dispose();
        }
    }

    private (double Rss, double Peak) Memory() =>
        (_bot is not null ? _bot.ReadMemory() : ProcessMemory.Read(_node!.Id)) ?? (double.NaN, double.NaN);

    private static void WaitUntilListening(Process process, int port)
    {
        var deadline = Stopwatch.GetTimestamp() + (Stopwatch.Frequency * 60);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The echo bot exited with {process.ExitCode} before it listened.");
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

        throw new TimeoutException($"The echo bot did not listen on port {port} within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
