namespace CooperationBot.Bot.Answering;

/// <summary>One item a question found.</summary>
/// <param name="ItemId">The item's id.</param>
/// <param name="Kind">The item's kind.</param>
/// <param name="Score">The Lucene relevance score (not comparable between questions).</param>
/// <param name="Confidence">The share (0 to 1) of the question's informative words, weighted by rarity, that the item matches.</param>
/// <param name="HasEvidence">
/// True when the match rests on more than domain words: a rare word in the item's curated words (tags,
/// questions, names) or two rare words in its text, or the name of the person or organisation itself.
/// </param>
public sealed record SearchHit(string ItemId, AnswerItemKind Kind, float Score, double Confidence, bool HasEvidence);
