namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>
/// What kind of answer a question asks for, from its question words: a time ("wanneer", "when"), a quantity
/// ("hoeveel", "how many") or a person ("wie", "who"). Items that can give that kind of answer rank a little higher.
/// </summary>
[Flags]
internal enum QuestionIntent
{
    None = 0,
    Time = 1,
    Quantity = 2,
    Person = 4,
}
