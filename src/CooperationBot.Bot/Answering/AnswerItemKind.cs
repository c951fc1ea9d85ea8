namespace CooperationBot.Bot.Answering;

/// <summary>The kinds of knowledge item an answer can be.</summary>
public enum AnswerItemKind
{
    Fact,
    Figure,
    Quote,
    Visit,
    Person,
    Organisation,
}
