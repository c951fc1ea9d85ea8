using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>
/// Words that name a kind of item ("quote", "how many"), indexed with every item of that kind so that
/// "Wat zei Van der Burg?" finds the quote and "Welke organisaties..." the organisations.
/// </summary>
internal static class KindWords
{
    public static LocalizedText For(AnswerItemKind kind) => kind switch
    {
        AnswerItemKind.Figure => new() { Nl = "aantal cijfer getal", En = "number figure count" },
        AnswerItemKind.Quote => new() { Nl = "citaat uitspraak zei zegt gezegd", En = "quote said say says" },
        AnswerItemKind.Visit => new() { Nl = "bezoek werkbezoek reis", En = "visit trip" },
        AnswerItemKind.Person => new() { Nl = "persoon rol functie", En = "person role position" },
        AnswerItemKind.Organisation => new() { Nl = "organisatie organisaties", En = "organisation organization organisations" },
        _ => new() { Nl = string.Empty, En = string.Empty },
    };
}
