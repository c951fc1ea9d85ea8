using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Language;

namespace CooperationBot.Benchmarks.Synthetic;

/// <summary>
/// A reproducible mix of questions against synthetic knowledge: curated questions of random facts in Dutch or
/// English (some with a typo: two letters swapped), and out-of-scope questions (some with a typo as well).
/// </summary>
public static class SyntheticQuestions
{
    private const double InScopeShare = 0.7;
    private const double TypoShare = 0.3;

    private static readonly string[] OutOfScope =
    [
        "Wat is de hoofdstad van Frankrijk?", "What is the capital of France?", "Hoe laat begint de wedstrijd van Ajax?",
        "Who won the Champions League final?", "Wat is een goed recept voor erwtensoep?", "Hoe hoog is de Mount Everest?",
        "Wie wint de presidentsverkiezingen in Amerika?", "How do I reset my password?", "Welke films draaien er vanavond?",
        "What is the weather forecast for tomorrow?", "Hoeveel calorieen zitten er in een appel?", "Wordt het morgen zonnig?",
        "Who is the best tennis player ever?", "Hoe laat gaat de laatste trein naar Groningen?", "What does a pilot earn?",
    ];

    /// <summary>One question of the mix.</summary>
    public sealed record Question(string Text, UserLanguage Language, bool InScope);

    /// <summary>Makes <paramref name="count"/> questions; the same seed gives the same questions.</summary>
    public static IReadOnlyList<Question> Mix(KnowledgeBase knowledge, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var random = new Random(seed);
        var questions = new List<Question>(count);
        for (var i = 0; i < count; i++)
        {
            var english = random.Next(2) == 0;
            var language = english ? UserLanguage.English : UserLanguage.Dutch;
            string text;
            var inScope = random.NextDouble() < InScopeShare;
            if (inScope)
            {
                var fact = knowledge.Facts[random.Next(knowledge.Facts.Count)];
                var curated = fact.Questions[random.Next(fact.Questions.Count)];
                text = english ? curated.En ?? curated.Nl : curated.Nl;
            }
            else
            {
                text = OutOfScope[random.Next(OutOfScope.Length)];
            }

            questions.Add(new Question(random.NextDouble() < TypoShare ? WithTypo(text, random) : text, language, inScope));
        }

        return questions;
    }

    /// <summary>Swaps two letters in the middle of the question's longest word.</summary>
    private static string WithTypo(string text, Random random)
    {
        var words = text.Split(' ');
        var longest = words.Select((word, index) => (word, index)).MaxBy(w => w.word.Length);
        if (longest.word.Length < 6)
        {
            return text;
        }

        var letters = longest.word.ToCharArray();
        var at = 1 + random.Next(letters.Length - 4);
        (letters[at], letters[at + 1]) = (letters[at + 1], letters[at]);
        words[longest.index] = new string(letters);
        return string.Join(' ', words);
    }
}
