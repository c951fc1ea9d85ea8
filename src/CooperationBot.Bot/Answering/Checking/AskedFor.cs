namespace CooperationBot.Bot.Answering.Checking;

/// <summary>The kind of answer a question wants, read from its question words.</summary>
public enum AskedFor
{
    /// <summary>No particular kind ("Wat is een laissez-passer?").</summary>
    Anything,

    /// <summary>A count, amount or percentage ("hoeveel", "how many", "wat kost").</summary>
    Count,

    /// <summary>An amount of money ("wat kost", "how much did ... cost", "welk bedrag").</summary>
    Amount,

    /// <summary>A percentage ("welk percentage", "hoeveel procent", "what share").</summary>
    Percentage,

    /// <summary>A date or period ("wanneer", "sinds wanneer", "in welk jaar", "when").</summary>
    Date,

    /// <summary>An exact date ("op welke datum", "wanneer precies", "what day"): a period is not one.</summary>
    ExactDate,

    /// <summary>A person ("wie", "who").</summary>
    Person,

    /// <summary>A place ("waar", "in welke stad", "where").</summary>
    Place,

    /// <summary>A duration ("hoe lang", "how long").</summary>
    Duration,

    /// <summary>A reason ("waarom", "why").</summary>
    Reason,

    /// <summary>Yes or no ("Is ...?", "Heeft ...?", "Did ...?").</summary>
    YesNo,

    /// <summary>
    /// What somebody or an organisation does: its role, task or office ("welke rol heeft de ILO", "what does the IOM
    /// do", "welke functie heeft Laftit"). A person's role is curated; an organisation's work is not in the knowledge.
    /// </summary>
    Role,
}
