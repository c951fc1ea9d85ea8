using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// A long part of a card folded away so the card's first screen holds its main point: a "Toon alle …" button, and the
/// hidden container it unfolds, which ends with a button that folds it again. The content stays on the card (and in
/// its JSON); only its visibility changes, in the client, without asking the bot.
/// </summary>
internal static class Foldout
{
    /// <summary>The button and the hidden content; <paramref name="id"/> must be unique on the card.</summary>
    public static IEnumerable<CardElement> Create(string id, string showTitle, UserLanguage language, IEnumerable<CardElement> content)
    {
        var showId = id + "-show";
        yield return new ActionSet
        {
            Id = showId,
            Spacing = Spacing.Small,
            Actions = [Toggle(ButtonTitle.Shorten(showTitle), id, showId)],
        };
        yield return new Container
        {
            Id = id,
            IsVisible = false,
            Spacing = Spacing.Small,
            Items =
            [
                .. content,
                new ActionSet { Actions = [Toggle(Pick(language, "Minder tonen", "Show less"), id, showId)] },
            ],
        };
    }

    private static ToggleVisibilityAction Toggle(string title, string id, string showId) => new(id, showId) { Title = title };
}
