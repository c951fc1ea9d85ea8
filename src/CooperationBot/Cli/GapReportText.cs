using System.Globalization;
using System.Text;
using CooperationBot.Bot.Curators;

namespace CooperationBot.Host.Cli;

/// <summary>The text table of <c>knowledge gaps</c>: one row per group or answer, details on indented lines below it.</summary>
public static class GapReportText
{
    private const string GroupHeader = "  Count  Lang   First seen  Last seen   Question";
    private const string VoteHeader = "  Count  First seen  Last seen   Answer item";
    private static readonly string GroupIndent = new(' ', 40);
    private static readonly string VoteIndent = new(' ', 34);

    public static string Format(GapReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.AppendLine(Invariant($"Knowledge gaps {(report.Since is { } since ? "since " + Day(since) : "(everything kept)")}, made {report.GeneratedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC"));
        var partly = report.PartlyKnownCount > 0 ? Invariant($" ({report.PartlyKnownCount} partly known)") : string.Empty;
        text.AppendLine(Invariant($"{report.UnansweredCount} unanswered questions{partly} in {report.Unanswered.Count} groups; {report.DownVoteCount} thumbs-down votes on {report.DownVoted.Count} answers"));
        text.AppendLine();
        text.AppendLine("Unanswered questions, most frequent first");
        if (report.Unanswered.Count == 0)
        {
            text.AppendLine("  (none)");
        }
        else
        {
            text.AppendLine(GroupHeader);
        }

        foreach (var group in report.Unanswered)
        {
            text.AppendLine(Invariant($"  {group.Count,5}  {string.Join(",", group.Languages),-5}  {Day(group.FirstSeen)}  {Day(group.LastSeen)}  {group.Examples[0]}"));
            foreach (var example in group.Examples.Skip(1))
            {
                text.AppendLine(GroupIndent + example);
            }

            if (group.Missing.Count > 0)
            {
                text.AppendLine(GroupIndent + "missing: " + string.Join(", ", group.Missing));
            }

            if (group.Candidates.Count > 0)
            {
                text.AppendLine(GroupIndent + "nearest: " + string.Join(", ", group.Candidates.Select(c => Invariant($"{c.ItemId} ({c.BestScore:0.00})"))));
            }
        }

        text.AppendLine();
        text.AppendLine("Down-voted answers, most frequent first");
        text.AppendLine(report.DownVoted.Count == 0 ? "  (none)" : VoteHeader);
        foreach (var answer in report.DownVoted)
        {
            text.AppendLine(Invariant($"  {answer.Count,5}  {Day(answer.FirstSeen)}  {Day(answer.LastSeen)}  {answer.ItemId ?? "(answer not known)"}"));
            if (answer.ItemIds.Count > 1)
            {
                text.AppendLine(VoteIndent + "items: " + string.Join(", ", answer.ItemIds));
            }

            foreach (var question in answer.Questions)
            {
                text.AppendLine(VoteIndent + "question: " + question);
            }

            foreach (var comment in answer.Comments)
            {
                text.AppendLine(VoteIndent + "comment: \"" + comment + "\"");
            }
        }

        return text.ToString().TrimEnd();
    }

    private static string Day(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
