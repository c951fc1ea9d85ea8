using System.Diagnostics;
using System.Globalization;
using CooperationBot.Testing.Storage;

namespace CooperationBot.Benchmarks;

/// <summary>
/// The real bot (CooperationBot.dll beside this program) as a child process: Development, no app id (anonymous),
/// 127.0.0.1 on a free port, a temporary SQLite store, warnings-only logging. Its last output lines are kept for a
/// crash report; its memory is read from <c>/proc/&lt;pid&gt;/status</c>.
/// </summary>
internal sealed class BotChildProcess : IAsyncDisposable
{
    private const int KeptLines = 40;
    private const string ListeningPrefix = "Now listening on: ";

    private readonly Process _process;
    private readonly TempDatabase _database;
    private readonly Queue<string> _lastLines = new();
    private readonly Lock _lock = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotChildProcess(Process process, TempDatabase database)
    {
        _process = process;
        _database = database;
    }

    /// <summary>The bot's base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The exit code, or null while running.</summary>
    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    /// <summary>The last lines the process wrote (stdout and stderr).</summary>
    public string LastOutput
    {
        get
        {
            lock (_lock)
            {
                return string.Join('\n', _lastLines);
            }
        }
    }

    /// <summary>Starts the bot and waits until it listens.</summary>
    /// <param name="bodyLimitKilobytes">Bot:MaxRequestBodyKilobytes, or null for the default.</param>
    /// <param name="startTimeout">How long to wait for "Now listening on".</param>
    /// <param name="environment">More settings (environment variables), applied last.</param>
    public static async Task<BotChildProcess> StartAsync(
        int? bodyLimitKilobytes, TimeSpan startTimeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "CooperationBot.dll");
        if (!File.Exists(program))
        {
            throw new InvalidOperationException($"{program} is missing: build the benchmarks project (it references the host).");
        }

        var database = new TempDatabase();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in (string[])[program, "--urls", "http://127.0.0.1:0"])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["MicrosoftAppId"] = string.Empty;
        start.Environment["MicrosoftAppPassword"] = string.Empty;
        start.Environment["ConnectionStrings__Store"] = database.ConnectionString;
        if (bodyLimitKilobytes is { } limit)
        {
            start.Environment["Bot__MaxRequestBodyKilobytes"] = limit.ToString(CultureInfo.InvariantCulture);
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var child = new BotChildProcess(new Process { StartInfo = start, EnableRaisingEvents = true }, database);
        child._process.OutputDataReceived += (_, e) => child.Append(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        child._process.Exited += (_, _) => child._listening.TrySetException(new InvalidOperationException("The bot exited during start-up."));
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        try
        {
            child.BaseAddress = await child._listening.Task.WaitAsync(startTimeout).ConfigureAwait(false);
            return child;
        }
        catch (Exception exception) when (exception is TimeoutException or InvalidOperationException)
        {
            var output = child.LastOutput;
            await child.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException($"The bot did not start: {exception.Message}\n{output}", exception);
        }
    }

    /// <summary>The resident set size now and its peak (VmRSS, VmHWM) in MB; null where /proc is not available.</summary>
    public (double Rss, double Peak)? ReadMemory() => ProcessMemory.Read(_process.Id);

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // It has exited already.
        }

        _process.Dispose();
        _database.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        var at = line.IndexOf(ListeningPrefix, StringComparison.Ordinal);
        if (at >= 0 && Uri.TryCreate(line[(at + ListeningPrefix.Length)..].Trim(), UriKind.Absolute, out var address))
        {
            _listening.TrySetResult(address);
        }

        lock (_lock)
        {
            _lastLines.Enqueue(line.Length <= 500 ? line : line[..500] + "…");
            while (_lastLines.Count > KeptLines)
            {
                _lastLines.Dequeue();
            }
        }
    }
}
