namespace CooperationBot.Bot.Answering.Checking;

/// <summary>What a word that narrows a question down is about.</summary>
public enum ConstraintKind
{
    /// <summary>A group of people ("vrouwen", "kinderen", "gezinnen", "women").</summary>
    Subgroup,

    /// <summary>A year ("in 2021", "vorig jaar", "last year").</summary>
    Year,

    /// <summary>A part of a year or a rate ("eind", "februari", "eerste helft", "per jaar").</summary>
    Period,

    /// <summary>A country or nationality ("Egyptische", "Spain").</summary>
    Country,

    /// <summary>An office or title, or a ministry's portfolio ("minister", "ambassadeur", "Buitenlandse").</summary>
    Office,

    /// <summary>An organisation ("ministerie", "IND", "Frontex").</summary>
    Organisation,

    /// <summary>What happened ("ingevoerd", "afgeschaft", "introduced", "signed").</summary>
    Event,

    /// <summary>What is still to come: plans, expectations, a next time ("zal", "will", "volgende", "plannen", "verwacht").</summary>
    Future,

    /// <summary>A detail of a person ("voornaam", "leeftijd", "woont", "party").</summary>
    Detail,

    /// <summary>A name the question capitalizes that the knowledge has nowhere ("Rutte", "Rabat").</summary>
    Name,

    /// <summary>The thing a question asks about after its question word ("hoeveel delegaties", "welk vliegveld", "which airport").</summary>
    Thing,

    /// <summary>Whose words are asked for ("Wat zei Laftit ...?"): the quote's speaker.</summary>
    Speaker,

    /// <summary>What somebody's words are asked about ("Wat zei Van der Burg over terugkeer?").</summary>
    Subject,

    /// <summary>
    /// A word that narrows the question down and that the knowledge has nowhere, not even as a typo or an alias
    /// ("politics", "vliegveld", "budget"): whatever the question asks of it is not known.
    /// </summary>
    Unheard,

    /// <summary>What the question leaves out ("behalve Laftit", "besides the IOM"): an item about it does not answer.</summary>
    Except,
}
