namespace CooperationBot.Bot.Answering;

/// <summary>Settings of the answering pipeline (configuration section <c>Answering</c>).</summary>
public sealed class AnsweringOptions
{
    public const string SectionName = "Answering";

    /// <summary>
    /// The lowest confidence (share of the question's informative words, weighted by rarity, that the best item
    /// matches) that is answered; below it the bot says the question is not in its knowledge.
    /// <value>The default is 0.37.</value>
    /// </summary>
    /// <remarks>
    /// Calibrated on tests/CooperationBot.Bot.Tests/Answering/TestData/questions.tsv with
    /// <c>KnowledgeQualityTests.Calibration_ScoreDistribution_Printed</c>: it prints the confidence of every
    /// in-scope and out-of-scope question; the threshold sits in the gap between the highest out-of-scope
    /// confidence and the lowest correctly answered in-scope one. Against knowledge/knowledge.yaml (33 items)
    /// and 74 in-scope and 24 out-of-scope questions: out of scope at most 0.30, correct in scope at least 0.43;
    /// 0.37 is the middle of that gap.
    /// </remarks>
    public double MinimumConfidence { get; set; } = 0.37;

    /// <summary>
    /// A word that occurs in more than this share of the items is a domain anchor ("Marokko", "migratie"):
    /// it shows the question is about the domain but does not pick an item, so an answer needs at least one
    /// matched word that is not an anchor (or a name of the person or organisation asked about).
    /// <value>The default is 0.25.</value>
    /// </summary>
    public double AnchorItemShare { get; set; } = 0.25;

    /// <summary>The most related items an answer shows. <value>The default is 3.</value></summary>
    public int MaxRelated { get; set; } = 3;

    /// <summary>The most follow-up questions an answer offers. <value>The default is 3.</value></summary>
    public int MaxFollowUps { get; set; } = 3;

    internal bool IsValid() =>
        MinimumConfidence is >= 0 and <= 1 && AnchorItemShare is >= 0 and <= 1
        && MaxRelated is >= 0 and <= 10 && MaxFollowUps is >= 0 and <= 10;
}
