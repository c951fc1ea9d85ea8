using CooperationBot.Bot.Answering.Checking;

namespace CooperationBot.Bot.Phrasing;

/// <summary>
/// Checks a model-phrased answer against the items it was given, before anyone sees it. Every sentence must cite
/// known item ids, and every number, date, name and quoted phrase in a sentence must occur in the items that
/// sentence cites. Refusals and empty answers fail. For a partly known question no sentence may answer what the
/// knowledge does not have (<see cref="MissingPartGuard"/>). Conservative: when in doubt, it rejects.
/// </summary>
public static class AnswerGuard
{
    public static GuardResult Check(string modelText, IReadOnlyList<PhrasingItem> items) => Check(modelText, items, []);

    /// <param name="modelText">The model's answer.</param>
    /// <param name="items">The items the model was given.</param>
    /// <param name="missing">For a partly known question, what the knowledge does not answer; else empty.</param>
    public static GuardResult Check(string modelText, IReadOnlyList<PhrasingItem> items, IReadOnlyList<MissingPart> missing)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(missing);
        if (string.IsNullOrWhiteSpace(modelText))
        {
            return new GuardResult(false, [new GuardProblem(GuardProblemKind.Empty, "no text")], []);
        }

        var problems = new List<GuardProblem>();
        if (RefusalDetector.LooksLikeRefusal(modelText))
        {
            problems.Add(new GuardProblem(GuardProblemKind.Refusal, "refusal wording"));
        }

        var sentences = CitedSentenceParser.Parse(modelText);
        if (sentences.Count == 0)
        {
            problems.Add(new GuardProblem(GuardProblemKind.Empty, "no sentence"));
        }

        var known = items.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        for (var i = 0; i < sentences.Count; i++)
        {
            CheckSentence(sentences[i], i + 1, known, missing, problems);
        }

        return new GuardResult(problems.Count == 0, problems, sentences);
    }

    private static void CheckSentence(
        GuardedSentence sentence,
        int number,
        Dictionary<string, PhrasingItem> known,
        IReadOnlyList<MissingPart> missing,
        List<GuardProblem> problems)
    {
        if (sentence.CitedIds.Count == 0)
        {
            problems.Add(new GuardProblem(GuardProblemKind.UncitedSentence, $"sentence {number}"));
        }

        problems.AddRange(sentence.CitedIds.Where(id => !known.ContainsKey(id)).Select(id => new GuardProblem(GuardProblemKind.UnknownCitation, id)));
        var cited = sentence.CitedIds.Where(known.ContainsKey).Select(id => known[id]).ToList();
        if (cited.Count == 0)
        {
            return; // already rejected; without evidence every fact would be reported again
        }

        var evidence = new SentenceEvidence(cited);
        var mentions = new SentenceMentions(sentence.Text);
        problems.AddRange(mentions.Dates.Where(d => !evidence.Supports(d))
            .Select(d => new GuardProblem(GuardProblemKind.DateNotInSources, d.Written)));
        problems.AddRange(mentions.Numbers.Where(n => !evidence.Supports(n))
            .Select(n => new GuardProblem(GuardProblemKind.NumberNotInSources, n.Written)));
        problems.AddRange(NameMentions.Unsupported(mentions.WithoutDates, evidence.Words)
            .Select(n => new GuardProblem(GuardProblemKind.NameNotInSources, n)));
        problems.AddRange(QuoteMentions.Find(sentence.Text).Where(q => !GuardText.ContainsPhrase(evidence.Words, q))
            .Select(q => new GuardProblem(GuardProblemKind.QuoteNotInSources, q)));
        problems.AddRange(MissingPartGuard.Check(mentions, cited, missing));
    }
}
