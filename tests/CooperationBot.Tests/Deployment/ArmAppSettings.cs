using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CooperationBot.Tests.Deployment;

/// <summary>
/// Reads the app settings a compiled ARM template hands to a module: Bicep compiles the settings array into one
/// ARM expression of <c>createObject('name', '…', 'value', …)</c> items, plus copy-loop variables for the settings
/// made in a <c>for</c> (their first item stands for the loop, with index 0).
/// </summary>
public static partial class ArmAppSettings
{
    private const string ItemStart = "createObject('name', '";
    private const string ValueStart = ", 'value', ";

    /// <summary>The settings passed to <paramref name="moduleName"/>'s <paramref name="parameterName"/> parameter.</summary>
    public static IReadOnlyList<ArmAppSetting> OfModule(JsonObject template, string moduleName, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(template);
        var module = template["resources"]!.AsArray()
            .Single(resource => (string?)resource!["type"] == "Microsoft.Resources/deployments" && (string?)resource["name"] == moduleName)!;
        var expression = (string)module["properties"]!["parameters"]![parameterName]!["value"]!;
        return Parse(expression, template["variables"]?.AsObject());
    }

    /// <summary>The settings in one ARM expression; <paramref name="variables"/> resolves the copy-loop variables it names.</summary>
    public static IReadOnlyList<ArmAppSetting> Parse(string expression, JsonObject? variables)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var settings = new List<ArmAppSetting>();
        for (var at = expression.IndexOf(ItemStart, StringComparison.Ordinal); at >= 0; at = expression.IndexOf(ItemStart, at + 1, StringComparison.Ordinal))
        {
            var nameEnd = StringLiteralEnd(expression, at + ItemStart.Length);
            var name = expression[(at + ItemStart.Length)..nameEnd].Replace("''", "'", StringComparison.Ordinal);
            var valueAt = nameEnd + 1;
            if (string.CompareOrdinal(expression, valueAt, ValueStart, 0, ValueStart.Length) != 0)
            {
                throw new FormatException($"The app setting {name} has no value in: {expression}");
            }

            valueAt += ValueStart.Length;
            settings.Add(new ArmAppSetting(name, expression[valueAt..ArgumentEnd(expression, valueAt)].Trim()));
        }

        foreach (Match reference in VariableReference().Matches(expression))
        {
            if (LoopItem(variables, reference.Groups["name"].Value) is { } item)
            {
                settings.Add(item);
            }
        }

        return settings;
    }

    /// <summary>The first item of a copy-loop variable: a name <c>format('Prefix{0}', copyIndex(…))</c> becomes <c>Prefix0</c>.</summary>
    private static ArmAppSetting? LoopItem(JsonObject? variables, string variableName)
    {
        var loop = variables?["copy"]?.AsArray().FirstOrDefault(copy => (string?)copy!["name"] == variableName);
        if (loop?["input"] is not JsonObject input)
        {
            return null;
        }

        var name = (string)input["name"]!;
        var indexed = IndexedName().Match(name);
        return new ArmAppSetting(
            indexed.Success ? indexed.Groups["prefix"].Value + "0" : name,
            ((string)input["value"]!).Trim('[', ']'));
    }

    /// <summary>The index of the quote closing the ARM string literal whose text starts at <paramref name="start"/> ('' is an escaped quote).</summary>
    private static int StringLiteralEnd(string expression, int start)
    {
        for (var i = start; i < expression.Length; i++)
        {
            if (expression[i] != '\'')
            {
                continue;
            }

            if (i + 1 < expression.Length && expression[i + 1] == '\'')
            {
                i++;
                continue;
            }

            return i;
        }

        throw new FormatException($"An unterminated string in: {expression}");
    }

    /// <summary>The end of one function argument starting at <paramref name="start"/>: the next comma or closing parenthesis at its own depth.</summary>
    private static int ArgumentEnd(string expression, int start)
    {
        var depth = 0;
        for (var i = start; i < expression.Length; i++)
        {
            switch (expression[i])
            {
                case '\'':
                    i = StringLiteralEnd(expression, i + 1);
                    break;
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']' when depth == 0:
                    return i;
                case ')' or ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    return i;
            }
        }

        throw new FormatException($"Unbalanced parentheses in: {expression}");
    }

    [GeneratedRegex(@"variables\('(?<name>[^']+)'\)")]
    private static partial Regex VariableReference();

    [GeneratedRegex(@"^\[format\('(?<prefix>[^'{]*)\{0\}', copyIndex\('[^']+'\)\)\]$")]
    private static partial Regex IndexedName();
}
