using CooperationBot.Bot.Language;
using Xunit.Abstractions;

namespace CooperationBot.Bot.Tests.Language;

/// <summary>
/// How well the detector reads the language of short questions, on the tuned part and the held-out part of the test
/// set (docs/language-detection.md). Each question is read without a locale (as <c>ask</c> does) and under the other
/// language's locale (a Dutch question from an en-US client, an English one from nl-NL): the words must win.
/// </summary>
public sealed class ShortQuestionDetectionTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("tuned", 1.0)]
    [InlineData("heldout", 0.9)]
    public void Detect_ShortQuestions_ReadsTheLanguageOfTheWords(string part, double minimum)
    {
        var set = ShortQuestionSet.Read(part);
        var misses = new List<string>();
        var right = 0;
        foreach (var (expected, question) in set)
        {
            var otherLocale = expected == UserLanguage.English ? "nl-NL" : "en-US";
            foreach (var locale in new[] { null, otherLocale })
            {
                if (LanguageDetector.Detect(question, locale) == expected)
                {
                    right++;
                }
                else
                {
                    misses.Add($"{expected.Code()} '{question}' (locale {locale ?? "none"})");
                }
            }
        }

        var total = set.Count * 2;
        var accuracy = (double)right / total;
        output.WriteLine($"{part}: {right}/{total} right ({accuracy:P1}) over {set.Count} questions");
        foreach (var miss in misses)
        {
            output.WriteLine("  miss: " + miss);
        }

        Assert.True(set.Count(q => q.Expected == UserLanguage.Dutch) >= 20 && set.Count(q => q.Expected == UserLanguage.English) >= 20);
        Assert.True(accuracy >= minimum, $"{part}: {accuracy:P1} < {minimum:P0}; misses: {string.Join("; ", misses)}");
    }
}
