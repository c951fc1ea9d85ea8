namespace CooperationBot.Bot.Knowledge.Yaml;

/// <summary>
/// Where each JSON node converted from YAML came from: the position of every value and of every mapping key,
/// by JSON pointer (<c>/facts/3/source/paragraph</c>).
/// </summary>
public sealed class NodePositions
{
    private readonly Dictionary<string, TextPosition> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TextPosition> _keys = new(StringComparer.Ordinal);

    internal void AddValue(string pointer, TextPosition position) => _values[pointer] = position;

    internal void AddKey(string pointer, TextPosition position) => _keys[pointer] = position;

    /// <summary>The position of the value at <paramref name="pointer"/>, or of its nearest existing ancestor.</summary>
    public TextPosition ValueAt(string pointer)
    {
        for (var current = pointer; ; current = JsonPointers.Parent(current))
        {
            if (_values.TryGetValue(current, out var position))
            {
                return position;
            }

            if (current.Length == 0)
            {
                return TextPosition.Start;
            }
        }
    }

    /// <summary>The position of the key naming <paramref name="pointer"/>'s property, else of its value.</summary>
    public TextPosition KeyAt(string pointer) =>
        _keys.TryGetValue(pointer, out var position) ? position : ValueAt(pointer);
}
