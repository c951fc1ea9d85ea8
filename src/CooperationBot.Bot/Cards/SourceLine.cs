using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// The one-line citation of an item: "Bron: title (publisher, date), alinea n", or, when the item comes from the
/// document already cited above it, "Zelfde bron (date), alinea n".
/// </summary>
public static class SourceLine
{
    public static string For(AnswerItem item, UserLanguage language, SourceDocument? citedAbove = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        return For(item.Source, item.Document, language, citedAbove);
    }

    /// <summary>The citation of <paramref name="source"/>, naming <paramref name="document"/> when the knowledge has it.</summary>
    public static string For(SourceRef source, SourceDocument? document, UserLanguage language, SourceDocument? citedAbove = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var paragraph = Pick(language, "alinea", "paragraph") + " " + source.Paragraph;
        if (document is null)
        {
            return $"{Pick(language, "Bron", "Source")}: {source.Source}, {paragraph}";
        }

        if (citedAbove is not null && citedAbove.Id == document.Id)
        {
            return $"{Pick(language, "Zelfde bron", "Same source")} ({CardDates.Format(document.Date, language)}), {paragraph}";
        }

        return $"{Pick(language, "Bron", "Source")}: {document.Title} ({document.Publisher}, {CardDates.Format(document.Date, language)}), {paragraph}";
    }
}
