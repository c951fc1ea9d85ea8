using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CooperationBot.Bot.Knowledge.Yaml;

/// <summary>
/// Reads YAML into a <see cref="JsonNode"/> tree, remembering each node's line and column. Plain scalars get the
/// YAML 1.2 core schema types (<c>125</c> a number, <c>true</c> a boolean, <c>~</c> null); dates such as
/// <c>2023-02-21</c> and every quoted or block scalar stay strings.
/// </summary>
public static partial class YamlJsonReader
{
    /// <summary>Converts the first document of <paramref name="yaml"/>.</summary>
    /// <exception cref="YamlJsonException">The text is not valid YAML, is empty, or has a key that is not plain text.</exception>
    public static YamlJsonDocument Read(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            throw new YamlJsonException(Describe(exception), PositionOf(exception.Start), exception);
        }
        catch (InvalidOperationException exception)
        {
            // YamlDotNet's scanner fails this way on some broken flow collections; say where reading stopped.
            throw new YamlJsonException("YAML syntax error: the text cannot be read from here on (an unclosed bracket, brace or quote?)", LastReadable(yaml), exception);
        }

        if (stream.Documents.Count == 0)
        {
            throw new YamlJsonException("the file holds no YAML document", TextPosition.Start);
        }

        var positions = new NodePositions();
        var root = Convert(stream.Documents[0].RootNode, string.Empty, positions)
            ?? throw new YamlJsonException("the file holds no YAML document", TextPosition.Start);
        return new YamlJsonDocument(root, positions);
    }

    private static JsonNode? Convert(YamlNode node, string pointer, NodePositions positions)
    {
        positions.AddValue(pointer, PositionOf(node.Start));
        switch (node)
        {
            case YamlMappingNode mapping:
                var json = new JsonObject();
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is not YamlScalarNode { Value: { } name })
                    {
                        throw new YamlJsonException("a key must be plain text", PositionOf(key.Start));
                    }

                    var child = JsonPointers.Property(pointer, name);
                    positions.AddKey(child, PositionOf(key.Start));
                    json[name] = Convert(value, child, positions);
                }

                return json;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    array.Add(Convert(sequence.Children[i], JsonPointers.Item(pointer, i), positions));
                }

                return array;
            case YamlScalarNode scalar:
                return ConvertScalar(scalar);
            default:
                throw new YamlJsonException("this kind of YAML node is not supported", PositionOf(node.Start));
        }
    }

    private static JsonNode? ConvertScalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(text[0] is 't' or 'T');
        }

        if (NumberPattern().IsMatch(text)
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(text);
    }

    private static string Describe(YamlException exception)
    {
        // YamlDotNet prefixes its messages with the marks ("(Line: 3, Col: 5, Idx: 20) - (...): "); the diagnostic has its own.
        var message = exception.InnerException is YamlException inner && !string.IsNullOrEmpty(inner.Message) ? inner.Message : exception.Message;
        var colon = message.IndexOf("): ", StringComparison.Ordinal);
        message = message.StartsWith('(') && colon > 0 ? message[(colon + 3)..] : message;
        return "YAML syntax error: " + message.TrimEnd('.');
    }

    private static TextPosition LastReadable(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var last = TextPosition.Start;
        try
        {
            while (parser.MoveNext())
            {
                last = PositionOf(parser.Current!.Start);
            }
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException)
        {
            // The position of the last event read is the answer.
        }

        return last;
    }

    private static TextPosition PositionOf(Mark mark) =>
        new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
