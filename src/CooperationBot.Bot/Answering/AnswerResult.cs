using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Answering;

/// <summary>
/// The outcome of one question: the best item with its related items and follow-up questions; for a partly known
/// question the missing part and the nearest items, shown as what is known and not as the answer; or a refusal with
/// suggestions.
/// </summary>
public sealed record AnswerResult
{
    /// <summary>Answered, partly known or not known.</summary>
    public required AnswerOutcome Outcome { get; init; }

    /// <summary>True only when <see cref="Best"/> answers the whole question (<see cref="AnswerOutcome.Answered"/>).</summary>
    public bool Answered => Outcome == AnswerOutcome.Answered;

    /// <summary>The language of the answer.</summary>
    public required UserLanguage Language { get; init; }

    /// <summary>The question as asked.</summary>
    public required string Question { get; init; }

    /// <summary>The answer; for a partly known question the nearest item (what is known); null when not known.</summary>
    public AnswerItem? Best { get; init; }

    /// <summary>For an answered why-question: the items the knowledge gives as the reason (<c>because</c>), with their sources.</summary>
    public IReadOnlyList<AnswerItem> Reasons { get; init; } = [];

    /// <summary>Items to show beside the answer: its <c>related</c> ids, the same topic, or its visit.</summary>
    public IReadOnlyList<AnswerItem> Related { get; init; } = [];

    /// <summary>Up to three curated questions of related items, in the answer language.</summary>
    public IReadOnlyList<string> FollowUpQuestions { get; init; } = [];

    /// <summary>How well the best match covers the question, from 0 to 1 (also set for refusals).</summary>
    public required double Confidence { get; init; }

    /// <summary>The version of the knowledge the answer comes from.</summary>
    public required string KnowledgeVersion { get; init; }

    /// <summary>For a refusal: true when nothing in the question relates to the knowledge at all.</summary>
    public bool OutOfScope { get; init; }

    /// <summary>For a partly known question: the missing part in the user's own words ("vrouwen", "2021").</summary>
    public string? NotKnown { get; init; }

    /// <summary>For a partly known question: each part the knowledge does not answer.</summary>
    public IReadOnlyList<Checking.MissingPart> Missing { get; init; } = [];

    /// <summary>For a refusal: the items the search found, best first, each below the confidence an answer needs.</summary>
    public IReadOnlyList<SearchHit> Candidates { get; init; } = [];

    /// <summary>For a refusal: the topics the bot does know, with example questions.</summary>
    public IReadOnlyList<TopicSuggestion> Suggestions { get; init; } = [];

    /// <summary>
    /// The date the answer (or, when partly known, what is known) stood: a figure's <c>as_of</c>, a quote's or fact's
    /// date, else its source's date; null when nothing is known.
    /// </summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>When the answer (or what is known) is a figure: its value.</summary>
    public decimal? Value { get; init; }

    /// <summary>
    /// The answer's history, newest first: the other values of its series (for a period nobody has a value for, the
    /// values nearest to it), and the items it replaced ("Tot 16 september 2024: …"). Never the answer itself.
    /// </summary>
    public IReadOnlyList<Timeline.DatedAnswerItem> History { get; init; } = [];

    /// <summary>
    /// The items that contradict the answer (another source's value for the same date, or a conflict a curator marked):
    /// shown side by side with it, never averaged and never left out.
    /// </summary>
    public IReadOnlyList<Timeline.DatedAnswerItem> Conflicts { get; init; } = [];

    /// <summary>
    /// The items that replaced <see cref="Best"/>, when the question names a replaced item itself ("Wie is Jansen?"):
    /// <see cref="Best"/> is then history, and these stand now. Empty otherwise.
    /// </summary>
    public IReadOnlyList<Timeline.DatedAnswerItem> ReplacedBy { get; init; } = [];

    /// <summary>
    /// For a question about now ("nu", "huidige", "current") or an answer that is the newest of what changed over time:
    /// the date of the newest source the answer uses ("volgens de kennisbank, stand …"); otherwise null.
    /// </summary>
    public DateOnly? Stand { get; init; }

    /// <summary>The model's phrasing of this answer that passed the guard, or null (extractive answer).</summary>
    public Phrasing.PhrasedAnswer? Phrased { get; init; }

    /// <summary>Why a configured model's phrasing is not shown (timeout, error, refusal, a guard problem), or null.</summary>
    public string? PhrasingFallback { get; init; }
}
