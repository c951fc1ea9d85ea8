using Json.Schema;

namespace CooperationBot.Testing.Cards;

/// <summary>Turns list-format evaluation results into readable <see cref="CardSchemaError"/>s.</summary>
internal static class SchemaErrors
{
    /// <summary>
    /// The errors of <paramref name="results"/>. The schema tries every element type in an <c>anyOf</c>; a branch
    /// whose <c>type</c> check (a path ending in <paramref name="typeSuffix"/>) failed for an element is the wrong type,
    /// so its errors for that element are noise and left out. The type error is kept only where no branch knew the
    /// type at all. Branches are told apart by schema path and instance, since every list item shares schema paths.
    /// </summary>
    public static IReadOnlyList<CardSchemaError> From(EvaluationResults results, string typeSuffix)
    {
        var nodes = (results.Details ?? []).Prepend(results).ToList();

        var typeChecks = nodes.Where(node => PathOf(node).EndsWith(typeSuffix, StringComparison.Ordinal)).ToList();
        var wrongTypeBranches = typeChecks
            .Where(node => !node.IsValid)
            .Select(node => (Path: PathOf(node)[..^typeSuffix.Length], Instance: ParentOf(node.InstanceLocation.ToString())))
            .ToList();
        var knownTypeLocations = typeChecks
            .Where(node => node.IsValid)
            .Select(node => node.InstanceLocation.ToString())
            .ToHashSet(StringComparer.Ordinal);

        bool IsUnknownType(EvaluationResults node) =>
            PathOf(node).EndsWith(typeSuffix, StringComparison.Ordinal)
            && !knownTypeLocations.Contains(node.InstanceLocation.ToString());

        bool IsRelevant(EvaluationResults node) =>
            IsUnknownType(node) || !wrongTypeBranches.Any(branch =>
                IsWithin(PathOf(node), branch.Path) && IsWithin(node.InstanceLocation.ToString(), branch.Instance));

        var failed = nodes.Where(node => node.Errors is { Count: > 0 }).ToList();
        var relevant = failed.Where(IsRelevant).ToList();
        var errors = (relevant.Count > 0 ? relevant : failed).SelectMany(ToErrors).Distinct().ToList();

        return errors.Count > 0 ? errors : [new CardSchemaError(string.Empty, "schema", "The card does not match the schema.")];
    }

    private static IEnumerable<CardSchemaError> ToErrors(EvaluationResults node)
    {
        var path = PathOf(node);
        var lastSegment = path[(path.LastIndexOf('/') + 1)..];
        return node.Errors!.Select(error => new CardSchemaError(
            node.InstanceLocation.ToString(), error.Key.Length > 0 ? error.Key : lastSegment, error.Value));
    }

    private static string PathOf(EvaluationResults node) => node.EvaluationPath.ToString();

    private static string ParentOf(string pointer) => pointer[..pointer.LastIndexOf('/')];

    private static bool IsWithin(string pointer, string prefix) =>
        pointer.Length == prefix.Length
            ? pointer == prefix
            : pointer.StartsWith(prefix, StringComparison.Ordinal) && (prefix.Length == 0 || pointer[prefix.Length] == '/');
}
