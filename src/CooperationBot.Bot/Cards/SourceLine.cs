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
        var paragraph = Pick(language, "alinea", "paragraph") + " " + item.Source.Paragraph;
        if (item.Document is not { } document)
        {
            return $"{Pick(language, "Bron", "Source")}: {item.Source.Source}, {paragraph}";
        }

        if (citedAbove is not null && citedAbove.Id == document.Id)
        {
            return $"{Pick(language, "Zelfde bron", "Same source")} ({CardDates.Format(document.Date, language)}), {paragraph}";
        }

        return $"{Pick(language, "Bron", "Source")}: {document.Title} ({document.Publisher}, {CardDates.Format(document.Date, language)}), {paragraph}";
    }
}
