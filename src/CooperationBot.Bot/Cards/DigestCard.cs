using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Digests.Content;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Visits;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// The daily digest: what was added to and changed in the knowledge since the subscriber's previous digest, and the
/// dated items coming up. Each item shows its text, its source line and a button to ask about it. A section shows its
/// first <see cref="MaxOpen"/> items and folds the rest behind a "Toon nog …" button, so the first screen holds the
/// summary; long lists are cut with a line saying how many more there are, so the card stays small.
/// </summary>
public static class DigestCard
{
    /// <summary>The most added and changed items listed together.</summary>
    public const int MaxChanges = 20;

    /// <summary>The most upcoming items listed.</summary>
    public const int MaxUpcoming = 5;

    /// <summary>The items of a section shown at first; the rest of the section waits behind a "Toon nog …" button.</summary>
    public const int MaxOpen = 3;

    public static AdaptiveCard Create(DigestContent content, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(content);
        var title = DigestTexts.Title(language);
        var summary = Summary(content, language);

        // The counts ("Sinds uw vorige samenvatting: 2 nieuw, 1 gewijzigd.") are the message text, fallbackText and
        // speak; the card starts with the heading, date and knowledge version and goes on with the items, so the
        // sentence is not shown twice.
        var body = new List<CardElement>
        {
            Heading(title),
            Note(DigestTexts.DateAndVersion(content.DigestDate, content.KnowledgeVersion, language)),
        };
        if (content.RemovedCount > 0)
        {
            body.Add(Paragraph(Pick(
                language,
                $"Verwijderd uit de kennis: {content.RemovedCount}.",
                $"Removed from the knowledge: {content.RemovedCount}.")));
        }

        if (content.OtherChangeCount > 0)
        {
            body.Add(Note(Pick(
                language,
                $"Ook gewijzigd: {content.OtherChangeCount} onderwerpen of brondocumenten.",
                $"Also changed: {content.OtherChangeCount} topics or source documents.")));
        }

        if (language == UserLanguage.English && content.Added.Count + content.Changed.Count + content.Upcoming.Count > 0)
        {
            body.Add(Note("English translations of the Dutch source texts."));
        }

        var added = content.Added.Take(MaxChanges).ToList();
        var changed = content.Changed.Take(MaxChanges - added.Count).ToList();
        AddSection(body, "digest-new", Pick(language, "Nieuw", "New"), added, language);
        AddSection(body, "digest-changed", Pick(language, "Gewijzigd", "Changed"), changed, language);
        var unlisted = content.Added.Count + content.Changed.Count - added.Count - changed.Count;
        if (unlisted > 0)
        {
            body.Add(Note(unlisted == 1
                ? Pick(language, "En nog 1 nieuw of gewijzigd onderdeel: stel uw vraag aan de bot.", "And 1 more new or changed item: ask the bot.")
                : Pick(
                    language,
                    $"En nog {unlisted} nieuwe of gewijzigde onderdelen: stel uw vraag aan de bot.",
                    $"And {unlisted} more new or changed items: ask the bot.")));
        }

        var upcoming = content.Upcoming.Take(MaxUpcoming).ToList();
        AddSection(body, "digest-upcoming", Pick(language, "Binnenkort", "Upcoming"), upcoming, language);
        var later = content.Upcoming.Count - upcoming.Count;
        if (later > 0)
        {
            body.Add(Note(later == 1
                ? Pick(language, "En nog 1 gedateerd onderdeel.", "And 1 more dated item.")
                : Pick(language, $"En nog {later} gedateerde onderdelen.", $"And {later} more dated items.")));
        }

        return Card(language, summary, body, [DigestTexts.SettingsButton(language)]);
    }

    private static string Summary(DigestContent content, UserLanguage language)
    {
        if (content.IsFirst)
        {
            return Pick(
                language,
                "Dit is uw eerste samenvatting. Vanaf nu ziet u hier wat er in de kennis nieuw is en wat er gewijzigd is.",
                "This is your first digest. From now on it shows what is new and what has changed in the knowledge.");
        }

        return Pick(
            language,
            $"Sinds uw vorige samenvatting: {content.Added.Count} nieuw, {content.Changed.Count} gewijzigd.",
            $"Since your previous digest: {content.Added.Count} new, {content.Changed.Count} changed.");
    }

    /// <summary>
    /// A section: its heading, then its items, each with its source line and button; after <see cref="MaxOpen"/> items
    /// the rest waits behind a "Toon nog …" button. Nothing when there are no items.
    /// </summary>
    internal static void AddSection(List<CardElement> body, string id, string heading, IReadOnlyList<DigestItem> items, UserLanguage language)
    {
        if (items.Count == 0)
        {
            return;
        }

        body.Add(new TextBlock(heading) { Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Medium });
        var elements = new List<CardElement>();
        SourceDocument? citedAbove = null;
        foreach (var item in items)
        {
            elements.Add(Item(item, language, citedAbove));
            citedAbove = item.Document;
        }

        body.AddRange(elements.Take(MaxOpen));
        if (elements.Count > MaxOpen)
        {
            var more = elements.Count - MaxOpen;
            body.AddRange(Foldout.Create(id, Pick(language, $"Toon nog {more}", $"Show {more} more"), language, elements.Skip(MaxOpen)));
        }
    }

    /// <summary>
    /// One item; its source line says "same source" when the item above cites the same document. A new value in a
    /// series starts with the change ("Terugkeer: 125 → 310 (…)") and where the previous value came from; an item that
    /// replaces others shows each old text with its source, then the new text.
    /// </summary>
    private static Container Item(DigestItem item, UserLanguage language, SourceDocument? citedAbove)
    {
        var elements = new List<CardElement>();
        if (item.SeriesChange is { } series)
        {
            elements.Add(new TextBlock(DigestChangeLines.Arrow(series, language)) { Wrap = true, Weight = TextWeight.Bolder });
            elements.Add(Note(DigestChangeLines.Previous(series, language)));
        }

        var lead = string.Empty;
        if (item.Replaces.Count > 0)
        {
            elements.Add(new TextBlock(DigestChangeLines.Replaced(language)) { Wrap = true, Weight = TextWeight.Bolder });
            foreach (var old in item.Replaces)
            {
                AddStatement(elements, old, DigestChangeLines.Before(language), language);
                // The old text is cited in full: "same source" would point across the item's own label.
                elements.Add(Note(SourceLine.For(old.Source, old.Document, language, old == item.Replaces[0] ? null : citedAbove)));
                citedAbove = old.Document;
            }

            lead = DigestChangeLines.Now(language);
        }

        AddStatement(elements, item, lead, language);
        elements.Add(Note($"{KindLabel(item, language)} · {SourceLine.For(item.Source, item.Document, language, citedAbove)}"));
        if (Button(item, language) is { } button)
        {
            elements.Add(new ActionSet { Actions = [button] });
        }

        return new Container { Items = elements, Spacing = Spacing.Medium };
    }

    /// <summary>The item's statement (with a visit's date and place, a quote's speaker), after <paramref name="lead"/>.</summary>
    private static void AddStatement(List<CardElement> elements, DigestItem item, string lead, UserLanguage language)
    {
        var text = DigestTexts.In(item.Text, language);
        switch (item.Kind)
        {
            case DigestItemKind.Visit:
                elements.Add(new TextBlock(lead + text) { Wrap = true, Weight = TextWeight.Bolder });
                elements.Add(Note(VisitLines.DateAndPlace(item.Date!.Value, DigestTexts.In(item.Place!, language), language)));
                break;
            case DigestItemKind.Quote:
                elements.Add(Paragraph($"{lead}“{text}”"));
                var role = item.SpeakerRole is null ? string.Empty : $" ({DigestTexts.In(item.SpeakerRole, language)})";
                elements.Add(Note($"— {item.Speaker}{role}, {CardDates.Format(item.Date!.Value, language)}"));
                break;
            default:
                elements.Add(Paragraph(lead + text));
                break;
        }

        if (DigestTexts.Untranslated(item.Text, language))
        {
            elements.Add(Note("Not translated yet: the Dutch source text."));
        }
    }

    private static string KindLabel(DigestItem item, UserLanguage language) => item.Kind switch
    {
        DigestItemKind.Fact => Pick(language, "Feit", "Fact"),
        DigestItemKind.Figure => Pick(language, "Cijfer, stand per ", "Figure, as of ") + CardDates.Format(item.Date!.Value, language),
        DigestItemKind.Quote => Pick(language, "Citaat", "Quote"),
        DigestItemKind.Visit => Pick(language, "Bezoek", "Visit"),
        DigestItemKind.Person => Pick(language, "Persoon", "Person"),
        DigestItemKind.Organisation => Pick(language, "Organisatie", "Organisation"),
        _ => Pick(language, "Onderdeel", "Item"),
    };

    private static SubmitAction? Button(DigestItem item, UserLanguage language)
    {
        if (item.VisitId is { } visitId)
        {
            return VisitButton.Create(Pick(language, "Bezoek bekijken", "View visit"), visitId, language);
        }

        return item.Question is { } question ? AskButton.Create(DigestTexts.In(question, language), language) : null;
    }
}
