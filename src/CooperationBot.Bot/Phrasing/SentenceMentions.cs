using System.Text;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Phrasing;

/// <summary>
/// What one sentence of the model's answer states: its dates, its numbers outside those dates (the day and year of
/// "21 februari 2023" are no numbers of their own) and its words as the bot compares them.
/// </summary>
internal sealed class SentenceMentions
{
    private const char Mask = '#';

    public SentenceMentions(string text)
    {
        Dates = DateMentions.Find(text);
        var masked = new StringBuilder(text);
        foreach (var date in Dates)
        {
            masked.Remove(date.Index, date.Length).Insert(date.Index, new string(Mask, date.Length));
        }

        WithoutDates = masked.ToString();
        Numbers = NumberMentions.Find(WithoutDates);
        Words = [.. TextWords.Of(text)];
    }

    public IReadOnlyList<DateMention> Dates { get; }

    /// <summary>The sentence with each date masked out.</summary>
    public string WithoutDates { get; }

    /// <summary>The numbers that are not part of a date.</summary>
    public IReadOnlyList<NumberMention> Numbers { get; }

    /// <summary>The words as <see cref="TextWords"/> gives them (lower case, no diacritics).</summary>
    public IReadOnlyList<string> Words { get; }
}
