using System.Diagnostics;
using System.Text;
using CooperationBot.Testing;

namespace CooperationBot.Tests.Infrastructure;

/// <summary>
/// The bot's program (CooperationBot.dll in the test output folder) as a child process, with its standard output and
/// error collected. Started with the machine's <c>dotnet</c> (<c>DOTNET_HOST_PATH</c>), by default in the repository
/// root, so relative paths (knowledge/knowledge.yaml) resolve as they do for an operator there.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly Lock _lock = new();

    private BotProcess(Process process)
    {
        _process = process;
    }

    /// <summary>The program's path.</summary>
    public static string ProgramPath => Path.Combine(AppContext.BaseDirectory, "CooperationBot.dll");

    /// <summary>Standard output so far.</summary>
    public string Output
    {
        get
        {
            lock (_lock)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Standard error so far.</summary>
    public string Error
    {
        get
        {
            lock (_lock)
            {
                return _error.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The child's process id (the program names itself by it, e.g. on its digest leases).</summary>
    public int Id => _process.Id;

    /// <summary>
    /// Starts the program with <paramref name="args"/>. <paramref name="environment"/> is added to the test process's
    /// environment (a null value removes a variable).
    /// </summary>
    public static BotProcess Start(IReadOnlyDictionary<string, string?> environment, string[] args, string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(args);
        Assert.True(File.Exists(ProgramPath), $"{ProgramPath} is missing: the test project references the host project.");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryRoot.Directory.FullName,
        };
        start.ArgumentList.Add(ProgramPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var child = new BotProcess(new Process { StartInfo = start });
        child._process.OutputDataReceived += (_, e) => child.Append(child._output, e.Data);
        child._process.ErrorDataReceived += (_, e) => child.Append(child._error, e.Data);
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for the exit and returns the exit code; kills the process and fails with its output after <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"The bot process did not exit within {timeout}.\n{Describe()}");
        }

        return _process.ExitCode;
    }

    /// <summary>Kills the process (and its children) at once; nothing happens when it has already exited.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has exited already.
        }
    }

    /// <summary>The exit code (when exited) and everything the process wrote, for a failure message.</summary>
    public string Describe() =>
        $"exit code: {(_process.HasExited ? _process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "running")}\n"
        + $"--- stdout ---\n{Output}\n--- stderr ---\n{Error}";

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            target.AppendLine(line);
        }
    }
}
