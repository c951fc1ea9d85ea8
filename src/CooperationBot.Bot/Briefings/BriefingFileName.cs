using System.Globalization;
using System.Text;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Visits;

namespace CooperationBot.Bot.Briefings;

/// <summary>The file name of a briefing note: <c>briefing-2023-02-21-marokko-nl.docx</c>.</summary>
public static class BriefingFileName
{
    public static string For(VisitSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var place = Slug(summary.Place);
        var date = summary.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"briefing-{date}{(place.Length == 0 ? string.Empty : "-" + place)}-{summary.Language.Code()}.docx";
    }

    /// <summary>Lower-case ASCII letters and digits joined by single hyphens, at most 40 characters.</summary>
    private static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in VisitFinder.Normalize(text))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length <= 40 ? slug : slug[..40].TrimEnd('-');
    }
}
