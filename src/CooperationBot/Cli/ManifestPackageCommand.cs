using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CooperationBot.Host.Cli;

/// <summary>
/// <c>manifest package --app-id &lt;guid&gt; [--out appPackage.zip] [--manifest &lt;dir&gt;]</c>: the installable
/// Teams app package (manifest.json with the app id filled in, and the two icons at the zip's root).
/// </summary>
public static class ManifestPackageCommand
{
    public const string AppIdPlaceholder = "${{MICROSOFT_APP_ID}}";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!TryReadArguments(args, out var appId, out var outPath, out var manifestDir, out var problem))
        {
            await error.WriteLineAsync(problem).ConfigureAwait(false);
            await error.WriteLineAsync("Usage: manifest package --app-id <guid> [--out appPackage.zip] [--manifest <dir>]").ConfigureAwait(false);
            return 1;
        }

        manifestDir ??= RepositoryPaths.FindUp("manifest");
        var manifestPath = manifestDir is null ? null : Path.Combine(manifestDir, "manifest.json");
        if (manifestPath is null || !File.Exists(manifestPath))
        {
            await error.WriteLineAsync("No manifest/manifest.json found: run from the repository or pass --manifest <dir>.").ConfigureAwait(false);
            return 1;
        }

        var text = (await File.ReadAllTextAsync(manifestPath).ConfigureAwait(false)).Replace(AppIdPlaceholder, appId, StringComparison.Ordinal);
        if (text.Contains("${{", StringComparison.Ordinal))
        {
            await error.WriteLineAsync("manifest.json has a placeholder other than " + AppIdPlaceholder + ".").ConfigureAwait(false);
            return 1;
        }

        JsonNode? manifest;
        try
        {
            manifest = JsonNode.Parse(text);
        }
        catch (JsonException exception)
        {
            await error.WriteLineAsync($"manifest.json is not valid JSON: {exception.Message}").ConfigureAwait(false);
            return 1;
        }

        var icons = new[] { (string?)manifest?["icons"]?["color"], (string?)manifest?["icons"]?["outline"] };
        foreach (var icon in icons)
        {
            if (icon is null || !File.Exists(Path.Combine(manifestDir!, icon)))
            {
                await error.WriteLineAsync($"The icon '{icon}' named in manifest.json is missing.").ConfigureAwait(false);
                return 1;
            }
        }

        var target = Path.GetFullPath(outPath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Delete(target);
        using (var zip = ZipFile.Open(target, ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry("manifest.json");
            await using (var stream = await entry.OpenAsync().ConfigureAwait(false))
            await using (var writer = new StreamWriter(stream))
            {
                await writer.WriteAsync(text).ConfigureAwait(false);
            }

            foreach (var icon in icons)
            {
                zip.CreateEntryFromFile(Path.Combine(manifestDir!, icon!), icon!);
            }
        }

        await output.WriteLineAsync($"Wrote {target} for app id {appId}").ConfigureAwait(false);
        return 0;
    }

    private static bool TryReadArguments(string[] args, out string appId, out string outPath, out string? manifestDir, out string? problem)
    {
        appId = string.Empty;
        outPath = "appPackage.zip";
        manifestDir = null;
        problem = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--app-id" when value is not null:
                    appId = value;
                    i++;
                    break;
                case "--out" when value is not null:
                    outPath = value;
                    i++;
                    break;
                case "--manifest" when value is not null:
                    manifestDir = value;
                    i++;
                    break;
                default:
                    problem = $"Unknown or incomplete option '{args[i]}'.";
                    return false;
            }
        }

        if (!Guid.TryParseExact(appId, "D", out var guid))
        {
            problem = "--app-id must be the bot's Microsoft App ID, a GUID such as 00000000-0000-0000-0000-000000000000.";
            return false;
        }

        appId = guid.ToString("D");
        return true;
    }
}
