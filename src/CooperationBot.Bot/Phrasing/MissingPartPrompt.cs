using System.Text;
using CooperationBot.Bot.Answering.Checking;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Phrasing;

/// <summary>
/// The part of the user message for a partly known question: each missing part in the user's own words, with what
/// kind of thing it is, and plainly that the knowledge does not contain it and the reply must not answer it. The
/// model otherwise tends to fill the gap from what the items do say (the 125 returnees become 125 women); the guard
/// (<see cref="MissingPartGuard"/>) still rejects a reply that does.
/// </summary>
internal static class MissingPartPrompt
{
    public static void Append(StringBuilder builder, IReadOnlyList<MissingPart> missing, UserLanguage language)
    {
        if (missing.Count == 0)
        {
            return;
        }

        var dutch = language == UserLanguage.Dutch;
        builder.AppendLine(dutch
            ? "De items beantwoorden deze vraag maar voor een deel. Dit staat niet in de items en niet in de kennis:"
            : "The items answer this question only in part. This is not in the items, nor in the knowledge:");
        foreach (var part in missing.DistinctBy(p => (p.Words, p.Asked, p.Constraint)))
        {
            var (nl, en) = Kind(part);
            var words = part.Words.Trim();
            builder.Append("- ").AppendLine(words.Length == 0 ? (dutch ? nl : en) : $"\"{words}\" ({(dutch ? nl : en)})");
        }

        builder.AppendLine(dutch
            ? "Beantwoord dit niet: geef er geen getal, datum, plaats of naam voor, ook niet geschat of afgeleid uit de items. "
                + "Zeg alleen wat de items wel zeggen; wat ontbreekt, meldt de chatbot zelf."
            : "Do not answer this: give no number, date, place or name for it, not even one estimated or derived from the items. "
                + "Say only what the items do say; the chatbot itself reports what is missing.");
        builder.AppendLine();
    }

    /// <summary>What kind of thing a missing part is, in Dutch and English.</summary>
    private static (string Dutch, string English) Kind(MissingPart part) => (part.Asked, part.Constraint) switch
    {
        ({ } asked, _) => asked switch
        {
            AskedFor.Count => ("het gevraagde aantal", "the number asked for"),
            AskedFor.Amount => ("het gevraagde bedrag", "the amount asked for"),
            AskedFor.Percentage => ("het gevraagde percentage", "the percentage asked for"),
            AskedFor.Date => ("de gevraagde datum of periode", "the date or period asked for"),
            AskedFor.ExactDate => ("de gevraagde precieze datum", "the exact date asked for"),
            AskedFor.Person => ("de gevraagde persoon", "the person asked for"),
            AskedFor.Place => ("de gevraagde plaats", "the place asked for"),
            AskedFor.Duration => ("de gevraagde duur", "the duration asked for"),
            AskedFor.Reason => ("de gevraagde reden", "the reason asked for"),
            AskedFor.Role => ("de gevraagde rol of taak", "the role or task asked for"),
            _ => ("het gevraagde antwoord", "the answer asked for"),
        },
        (null, { } constraint) => constraint switch
        {
            ConstraintKind.Subgroup => ("een groep mensen", "a group of people"),
            ConstraintKind.Year => ("een jaar", "a year"),
            ConstraintKind.Period => ("een periode", "a period"),
            ConstraintKind.Country => ("een land", "a country"),
            ConstraintKind.Office => ("een functie", "an office"),
            ConstraintKind.Organisation => ("een organisatie", "an organisation"),
            ConstraintKind.Event => ("een gebeurtenis", "an event"),
            ConstraintKind.Future => ("iets wat nog komt", "something still to come"),
            ConstraintKind.Except => ("iets anders dan het genoemde", "something other than what is named"),
            ConstraintKind.Unheard => ("iets wat de kennisbank nergens noemt", "something the knowledge base names nowhere"),
            ConstraintKind.Detail => ("een persoonlijk gegeven", "a personal detail"),
            ConstraintKind.Name => ("een naam", "a name"),
            ConstraintKind.Speaker => ("wie het zei", "who said it"),
            ConstraintKind.Subject => ("waarover het ging", "what it was about"),
            _ => ("waarnaar gevraagd wordt", "what is asked about"),
        },
        _ => ("een deel van de vraag", "a part of the question"),
    };
}
