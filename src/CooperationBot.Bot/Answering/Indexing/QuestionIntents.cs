using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>Reads the <see cref="QuestionIntent"/> of a question and tells which intents an item can answer.</summary>
internal static class QuestionIntents
{
    public static QuestionIntent Of(IReadOnlyList<string> words)
    {
        var intent = QuestionIntent.None;
        for (var i = 0; i < words.Count; i++)
        {
            var next = i + 1 < words.Count ? words[i + 1] : string.Empty;
            intent |= words[i] switch
            {
                "wanneer" or "when" or "datum" or "date" => QuestionIntent.Time,
                "hoeveel" or "aantal" => QuestionIntent.Quantity,
                "how" when next is "many" or "much" => QuestionIntent.Quantity,
                "wie" or "who" or "whom" => QuestionIntent.Person,
                _ => QuestionIntent.None,
            };
        }

        return intent;
    }

    /// <summary>Times: dated facts, quotes and visits. Quantities: figures and undated facts with a number. People: people.</summary>
    public static QuestionIntent Answerable(IndexedItem item, TimeReference? when) => item.Kind switch
    {
        AnswerItemKind.Figure => QuestionIntent.Quantity,
        AnswerItemKind.Quote or AnswerItemKind.Visit => QuestionIntent.Time,
        AnswerItemKind.Person => QuestionIntent.Person,
        AnswerItemKind.Fact when when?.Date is null && item.Text.Nl.Any(char.IsAsciiDigit) =>
            when is null ? QuestionIntent.Quantity : QuestionIntent.Quantity | QuestionIntent.Time,
        AnswerItemKind.Fact when when is not null => QuestionIntent.Time,
        _ => QuestionIntent.None,
    };
}
