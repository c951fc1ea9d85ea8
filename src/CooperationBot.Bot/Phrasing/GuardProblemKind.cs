namespace CooperationBot.Bot.Phrasing;

/// <summary>Why <see cref="AnswerGuard"/> rejected a model's answer.</summary>
public enum GuardProblemKind
{
    /// <summary>The answer has no sentence.</summary>
    Empty,

    /// <summary>A sentence cites no item.</summary>
    UncitedSentence,

    /// <summary>A sentence cites an id that is not among the given items.</summary>
    UnknownCitation,

    /// <summary>A number is not in the items the sentence cites.</summary>
    NumberNotInSources,

    /// <summary>A date or year is not in the items the sentence cites.</summary>
    DateNotInSources,

    /// <summary>A name (capitalised words) is not in the items the sentence cites.</summary>
    NameNotInSources,

    /// <summary>A quoted phrase is not in the items the sentence cites.</summary>
    QuoteNotInSources,

    /// <summary>The answer looks like a refusal or an apology.</summary>
    Refusal,

    /// <summary>
    /// For a partly known question, a sentence answers what the knowledge does not have: a number for a count it has
    /// no figure for, the missing group or year with a number or date, a date it has not for what was asked
    /// (<see cref="MissingPartGuard"/>).
    /// </summary>
    AnswersMissingPart,
}
