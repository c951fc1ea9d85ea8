using System.Text.Json.Nodes;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;
using CooperationBot.Protocol.Teams;

namespace CooperationBot.Bot.MessageExtension;

/// <summary>
/// One message-extension result: the full <see cref="FactCard"/> to insert, and its list entry (a thumbnail card:
/// the item's text, shortened; its topic; the source line with the date) whose tap selects the item by id.
/// </summary>
public static class KnowledgeSearchResult
{
    /// <summary>The tap value property that names the selected item.</summary>
    public const string ItemIdProperty = "itemId";

    /// <summary>The longest preview title; longer texts are cut at a word with an ellipsis.</summary>
    public const int MaxTitleLength = 80;

    public static ComposeExtensionAttachment Create(AnswerItem item, string? topicName, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(item);
        var preview = new ThumbnailCard
        {
            Title = Shorten(item.Text, MaxTitleLength),
            Subtitle = topicName,
            Text = SourceLine.For(item, language),
            Tap = CardTapAction.Invoke(new JsonObject
            {
                [ItemIdProperty] = item.Id,
                [LanguageDetector.LanguageProperty] = language.Code(),
            }),
        };
        return ComposeExtensionAttachment.AdaptiveCard(FactCard.Create(item, language), preview.ToAttachment());
    }

    /// <summary>The full card alone, for the answer to <c>composeExtension/selectItem</c>.</summary>
    public static ComposeExtensionAttachment Selected(AnswerItem item, UserLanguage language) =>
        ComposeExtensionAttachment.AdaptiveCard(FactCard.Create(item, language));

    private static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(' ', ',', ';', ':', '.') + "\u2026";
    }
}
