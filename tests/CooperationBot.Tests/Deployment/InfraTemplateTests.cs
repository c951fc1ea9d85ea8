using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CooperationBot.Testing;

namespace CooperationBot.Tests.Deployment;

/// <summary>
/// infra/main.bicep, compiled to ARM JSON with the Bicep CLI: the web app gets every setting the host needs outside
/// Development, only settings the host (or the platform) knows, and no parameter or parameters file holds a secret.
/// Nothing here deploys to Azure; it checks what the template says.
/// </summary>
public sealed partial class InfraTemplateTests
{
    private static readonly string Root = RepositoryRoot.Directory.FullName;

    /// <summary>
    /// What the host needs outside Development, and where the need comes from. The values are the ARM expressions
    /// the template must use, or null when any value will do.
    /// </summary>
    private static readonly Dictionary<string, string?> Required = new(StringComparer.Ordinal)
    {
        // Program: not Development, so the checks below apply and nothing is generated on the fly.
        ["ASPNETCORE_ENVIRONMENT"] = "'Production'",
        // BotCredentialsValidator: an app id outside Development; the managed identity needs its tenant.
        ["MicrosoftAppType"] = "'UserAssignedMSI'",
        ["MicrosoftAppId"] = null,
        ["MicrosoftAppTenantId"] = null,
        // BriefingOptionsValidator: a signing key outside Development.
        ["Bot__BriefingSigningKey"] = null,
        // BotOptions: the default (a loopback address) would hand out links nobody can open.
        ["Bot__PublicBaseUrl"] = null,
        // README "Deploy": restrict the bot to the ministry's tenant.
        ["Bot__AllowedTenants__0"] = null,
        // The store: PostgreSQL with the identity's token, or SQLite on persistent storage.
        ["Store__Provider"] = "if(parameters('usePostgres'), 'postgres', 'sqlite')",
        ["Store__Authentication"] = "if(parameters('usePostgres'), 'ManagedIdentity', 'Password')",
        ["ConnectionStrings__Store"] = null,
        // Telemetry to Azure Monitor.
        ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = null,
    };

    /// <summary>Settings that are not the host's own configuration keys: read by the platform or by Azure SDKs.</summary>
    private static readonly HashSet<string> PlatformSettings = new(
        ["ASPNETCORE_ENVIRONMENT", "APPLICATIONINSIGHTS_CONNECTION_STRING", "AZURE_CLIENT_ID", "SCM_DO_BUILD_DURING_DEPLOYMENT"],
        StringComparer.Ordinal);

    /// <summary>Keys the host gains in issue 18 beside this template, not yet in the README's configuration table.</summary>
    private static readonly HashSet<string> KeysAddedWithTheTemplate = new(["Store:Authentication"], StringComparer.Ordinal);

    [Fact]
    public void AppSettings_SetEverySettingTheHostRequiresOutsideDevelopment()
    {
        var settings = WebAppSettings();

        var missing = MissingOrWrong(settings);

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void AppSettings_EachNameOnce_AndEachAKeyTheHostDocumentsOrAPlatformSetting()
    {
        var settings = WebAppSettings();
        var documented = DocumentedKeys();

        Assert.Empty(settings.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        var unknown = settings.Select(s => s.Name)
            .Where(name => !PlatformSettings.Contains(name))
            .Where(name => !documented.Contains(ConfigurationKey(name)) && !KeysAddedWithTheTemplate.Contains(ConfigurationKey(name)))
            .ToList();
        Assert.True(unknown.Count == 0, "App settings that are no documented configuration key: " + string.Join(", ", unknown));
    }

    [Fact]
    public void AppSettings_HoldNoSecret_TheBriefingKeyIsAKeyVaultReference()
    {
        var settings = WebAppSettings();

        Assert.DoesNotContain(settings, s => SecretName().IsMatch(s.Name) && s.Name != "Bot__BriefingSigningKey");
        Assert.DoesNotContain(settings, s => PasswordInValue().IsMatch(s.Value));
        var key = Assert.Single(settings, s => s.Name == "Bot__BriefingSigningKey");
        Assert.StartsWith("format('@Microsoft.KeyVault(SecretUri={0})', ", key.Value, StringComparison.Ordinal);
        Assert.Contains("'keyVault'", key.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingOrWrong_TemplateWithoutTheBriefingKeyAndWithAnotherAppType_ReportsBoth()
    {
        var settings = WebAppSettings()
            .Where(s => s.Name != "Bot__BriefingSigningKey")
            .Select(s => s.Name == "MicrosoftAppType" ? s with { Value = "'MultiTenant'" } : s)
            .ToList();

        var missing = MissingOrWrong(settings);

        Assert.Equal(2, missing.Count);
        Assert.Contains(missing, m => m.Contains("Bot__BriefingSigningKey", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("MicrosoftAppType", StringComparison.Ordinal));
    }

    [Fact]
    public void SecureParameters_OnlyWhereUnavoidable_WithTheReasonInTheirDescription()
    {
        var secure = Templates(BicepCli.Main)
            .SelectMany(t => t.Template["parameters"]!.AsObject().Select(p => (t.Module, Name: p.Key, Parameter: p.Value!)))
            .Where(p => ((string)p.Parameter["type"]!).StartsWith("secure", StringComparison.OrdinalIgnoreCase))
            .ToList();

        Assert.Equal(["keyVault.briefingSigningKey", "main.briefingSigningKey"], secure.Select(p => $"{p.Module}.{p.Name}").Order(StringComparer.Ordinal));
        Assert.All(secure, p => Assert.Contains(
            "unavoidabl",
            (string?)p.Parameter["metadata"]?["description"] ?? string.Empty,
            StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ParametersFiles_SetNoSecretAndOnlyParametersMainDeclares()
    {
        var files = Directory.GetFiles(Path.Combine(Root, "infra"), "*.parameters.json", SearchOption.AllDirectories);
        var declared = BicepCli.Main["parameters"]!.AsObject();

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var parameters = JsonNode.Parse(File.ReadAllText(file))!["parameters"]!.AsObject();
            foreach (var (name, entry) in parameters)
            {
                var declaration = declared[name];
                Assert.True(declaration is not null, $"{Path.GetFileName(file)} sets {name}, which main.bicep does not declare.");
                Assert.False(
                    ((string)declaration["type"]!).StartsWith("secure", StringComparison.OrdinalIgnoreCase),
                    $"{Path.GetFileName(file)} sets the secure parameter {name}.");
                Assert.False(SecretName().IsMatch(name), $"{Path.GetFileName(file)} sets {name}, which sounds like a secret.");
                Assert.False(PasswordInValue().IsMatch(entry!.ToJsonString()), $"{Path.GetFileName(file)} has a password in {name}.");
            }
        }
    }

    [Fact]
    public void BriefingKey_WrittenOnlyWhenItsSecretDoesNotExist_NamedByItsGeneration_NeverOutput()
    {
        var keyVault = Templates(BicepCli.Main).Single(t => t.Module == "keyVault").Template;
        var secret = keyVault["resources"]!.AsObject()
            .Select(r => r.Value!)
            .Single(r => (string?)r["type"] == "Microsoft.KeyVault/vaults/secrets");
        var site = Templates(BicepCli.Main).Single(t => t.Module == "webApp").Template["resources"]!.AsArray()
            .Single(r => (string?)r!["type"] == "Microsoft.Web/sites")!;

        Assert.NotNull(secret["@options"]?["onlyIfNotExists"]);
        Assert.Contains("parameters('briefingKeyGeneration')", (string?)secret["name"], StringComparison.Ordinal);
        Assert.Equal("[parameters('briefingSigningKey')]", (string?)secret["properties"]!["value"]);
        Assert.Equal(1, (int?)BicepCli.Main["parameters"]!["briefingKeyGeneration"]!["defaultValue"]);
        Assert.Contains("identityId", (string?)site["properties"]!["keyVaultReferenceIdentity"], StringComparison.Ordinal);
        Assert.All(Templates(BicepCli.Main), t => Assert.DoesNotContain(
            "briefingSigningKey",
            t.Template["outputs"]?.ToJsonString() ?? string.Empty,
            StringComparison.Ordinal));
    }

    [Fact]
    public void WebApp_IsHardenedAndProbedOnReadyz()
    {
        var site = Templates(BicepCli.Main).Single(t => t.Module == "webApp").Template["resources"]!.AsArray()
            .Single(r => (string?)r!["type"] == "Microsoft.Web/sites")!;
        var properties = site["properties"]!;
        var config = properties["siteConfig"]!;

        Assert.True((bool)properties["httpsOnly"]!);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.Equal("1.2", (string?)config["minTlsVersion"]);
        Assert.Equal("Disabled", (string?)config["ftpsState"]);
        Assert.True((bool)config["alwaysOn"]!);
        Assert.Equal("/readyz", (string?)config["healthCheckPath"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
    }

    [Fact]
    public void Bot_IsTheManagedIdentityWithTheTeamsChannel()
    {
        var resources = Templates(BicepCli.Main).Single(t => t.Module == "bot").Template["resources"]!.AsArray();
        var bot = resources.Single(r => (string?)r!["type"] == "Microsoft.BotService/botServices")!;
        var teams = resources.Single(r => (string?)r!["type"] == "Microsoft.BotService/botServices/channels")!;

        Assert.Equal("UserAssignedMSI", (string?)bot["properties"]!["msaAppType"]);
        Assert.Equal("MsTeamsChannel", (string?)teams["properties"]!["channelName"]);
        Assert.Contains("/api/messages", BicepCli.Main["resources"]!.AsArray()
            .Single(r => (string?)r!["name"] == "bot")!["properties"]!["parameters"]!["endpoint"]!.ToJsonString(), StringComparison.Ordinal);
    }

    private static List<ArmAppSetting> WebAppSettings()
    {
        var settings = ArmAppSettings.OfModule(BicepCli.Main, "webApp", "appSettings").ToList();
        Assert.NotEmpty(settings);
        return settings;
    }

    private static List<string> MissingOrWrong(IReadOnlyCollection<ArmAppSetting> settings)
    {
        var failures = new List<string>();
        foreach (var (name, value) in Required)
        {
            var setting = settings.FirstOrDefault(s => s.Name == name);
            if (setting is null)
            {
                failures.Add($"The template does not set {name}.");
            }
            else if (value is not null && setting.Value != value)
            {
                failures.Add($"The template sets {name} to {setting.Value}, not {value}.");
            }
        }

        return failures;
    }

    /// <summary>main and the templates of its modules, by module name.</summary>
    private static IEnumerable<(string Module, JsonObject Template)> Templates(JsonObject main) =>
        main["resources"]!.AsArray()
            .Where(r => (string?)r!["type"] == "Microsoft.Resources/deployments")
            .Select(r => ((string)r!["name"]!, r["properties"]!["template"]!.AsObject()))
            .Prepend(("main", main));

    /// <summary><c>Bot__AllowedTenants__0</c> is the key <c>Bot:AllowedTenants</c>.</summary>
    private static string ConfigurationKey(string settingName) =>
        TrailingIndex().Replace(settingName, string.Empty).Replace("__", ":", StringComparison.Ordinal);

    /// <summary>The keys in the first column of the README's configuration table.</summary>
    private static HashSet<string> DocumentedKeys()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var table = readme[readme.IndexOf("## Configuration", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        var keys = table.Split('\n')
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .SelectMany(line => BacktickedKey().Matches(line.Split('|')[1]).Select(m => m.Groups["key"].Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("Bot:PublicBaseUrl", keys);
        return keys;
    }

    [GeneratedRegex("(password|secret|apikey|token)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"(password|pwd)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordInValue();

    [GeneratedRegex(@"(__\d+)+$")]
    private static partial Regex TrailingIndex();

    [GeneratedRegex("`(?<key>[A-Za-z]+(:[A-Za-z]+)*)`")]
    private static partial Regex BacktickedKey();
}
