using System.Text.RegularExpressions;
using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>
/// Finds people and organisations in a text: first the names and aliases of the known ones (the main knowledge
/// file), then new candidates: a role followed by a name ("burgemeester Jansen-Verhoef", "Staatssecretaris Van der
/// Burg"), a name with its abbreviation ("Fictieve Testautoriteit (FTA)"), "Ministerie van ..." and "gemeente ...".
/// </summary>
public sealed partial class NameDetector
{
    private readonly List<(string Alias, DetectedName Item)> _aliases;

    public NameDetector(KnowledgeBase? known)
    {
        var people = (known?.People ?? []).SelectMany(person => person.Aliases.Prepend(person.Name)
            .Select(alias => (alias, new DetectedName(true, person.Id, person.Name, alias, 0, true, null))));
        var organisations = (known?.Organisations ?? []).SelectMany(organisation => organisation.Aliases.Prepend(organisation.Name)
            .Select(alias => (alias, new DetectedName(false, organisation.Id, organisation.Name, alias, 0, true, null))));
        _aliases = [.. people.Concat(organisations).OrderByDescending(entry => entry.alias.Length)];
    }

    /// <summary>Every name in <paramref name="text"/>, in text order, none overlapping another.</summary>
    public IReadOnlyList<DetectedName> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DetectedName>();
        void Add(DetectedName name)
        {
            if (!found.Any(other => name.Index < other.Index + other.Text.Length && other.Index < name.Index + name.Text.Length))
            {
                found.Add(name);
            }
        }

        foreach (var (alias, item) in _aliases)
        {
            foreach (var index in WholeWordIndexes(text, alias))
            {
                Add(item with { Text = text.Substring(index, alias.Length), Index = index });
            }
        }

        foreach (Match match in RoleAndName().Matches(text))
        {
            var name = match.Groups["name"];
            if (!found.Any(other => other.IsPerson && name.Index < other.Index + other.Text.Length && other.Index < name.Index + name.Length))
            {
                Add(new DetectedName(true, DraftId(name.Value), name.Value, match.Value, match.Index, false, match.Groups["role"].Value));
            }
        }

        foreach (Match match in NameAndAbbreviation().Matches(text))
        {
            Add(new DetectedName(false, DraftId(match.Groups["abbreviation"].Value), match.Groups["name"].Value, match.Value, match.Index, false, null));
        }

        foreach (Match match in PublicBody().Matches(text))
        {
            Add(new DetectedName(false, DraftId(match.Value), match.Value, match.Value, match.Index, false, null));
        }

        return [.. found.OrderBy(name => name.Index)];
    }

    /// <summary>A new item's id: <c>draft-</c> and its name in lower case with hyphens.</summary>
    public static string DraftId(string name) => "draft-" + ImportSlug.Of(name);

    private static IEnumerable<int> WholeWordIndexes(string text, string alias)
    {
        for (var index = text.IndexOf(alias, StringComparison.OrdinalIgnoreCase); index >= 0; index = text.IndexOf(alias, index + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = index + alias.Length;
            if ((index == 0 || !char.IsLetterOrDigit(text[index - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                yield return index;
            }
        }
    }

    [GeneratedRegex(@"(?<role>(?:\p{Lu}\p{Ll}+e\s+)?(?i:minister-president|minister|staatssecretaris|premier|president|burgemeester|wethouder|ambassadeur|directeur|commissaris|gouverneur|koning|koningin|dhr\.|mevr\.|de heer|mevrouw|state secretary|secretary|mayor|ambassador|mr\.|mrs\.|ms\.|dr\.))\s+(?<name>(?:(?:Van|De|Ter|Ten|Te)\s+(?:(?:der|den|de|het|'t)\s+)?)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex RoleAndName();

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|of|for|on|the|van|voor|de|der|het|en|and))*)\s+\((?<abbreviation>\p{Lu}[\p{Lu}\p{N}]{1,7})\)", RegexOptions.CultureInvariant)]
    private static partial Regex NameAndAbbreviation();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:Ministerie\s+van|[Gg]emeente|Ministry\s+of)\s+\p{Lu}\p{L}+(?:\s+(?:en|and)\s+\p{Lu}\p{L}+|\s+\p{Lu}\p{L}+)*", RegexOptions.CultureInvariant)]
    private static partial Regex PublicBody();
}
