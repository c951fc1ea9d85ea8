using System.Globalization;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Knowledge.Timeline;
using CooperationBot.Bot.Knowledge.Yaml;

namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>
/// Lists every conflict as a warning, so curators see it: those marked with <c>conflicts_with</c> (at the marking
/// entry) and two sources giving different values for one series and date (at the later figure's <c>as_of</c>).
/// Both items stay served; a conflict is resolved by correcting one or marking which supersedes the other.
/// </summary>
internal static class ConflictRules
{
    public static void Check(KnowledgeBase knowledge, DiagnosticList diagnostics)
    {
        var items = new ItemPointers(knowledge);
        foreach (var conflict in KnowledgeConflicts.Find(knowledge))
        {
            var (first, second) = (items[conflict.First], items[conflict.Second]);
            var line = diagnostics.Positions.ValueAt(second.Pointer + "/id").Line;
            if (conflict.Kind == ConflictKind.Marked)
            {
                var entry = ((IConflictingItem)first.Item).ConflictsWith.ToList().IndexOf(conflict.Second);
                diagnostics.Warning(
                    JsonPointers.Item(first.Pointer + "/conflicts_with", entry),
                    $"conflict marked by the curator: the {first.Kind} '{conflict.First}' contradicts the {second.Kind} '{conflict.Second}' (line {line}); both are served until one is corrected or superseded");
            }
            else
            {
                var (earlier, later) = ((Figure)first.Item, (Figure)second.Item);
                diagnostics.Warning(
                    second.Pointer + "/as_of",
                    string.Create(CultureInfo.InvariantCulture, $"conflict: the series '{later.Measure}' as of {later.AsOf:yyyy-MM-dd} is {later.Value} according to source '{later.Source.Source}' but {earlier.Value} according to source '{earlier.Source.Source}' (figure '{earlier.Id}', line {diagnostics.Positions.ValueAt(first.Pointer + "/id").Line}); both are served until one is corrected or superseded"));
            }
        }
    }
}
