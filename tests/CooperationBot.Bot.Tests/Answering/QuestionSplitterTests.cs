using CooperationBot.Bot.Answering;

namespace CooperationBot.Bot.Tests.Answering;

public class QuestionSplitterTests
{
    [Theory]
    [InlineData("Hoeveel zijn teruggekeerd en wanneer was het bezoek?", "Hoeveel zijn teruggekeerd", "wanneer was het bezoek")]
    [InlineData("Who is Laftit? And what did they discuss?", "Who is Laftit", "what did they discuss")]
    [InlineData("How many returned, and when was the visit?", "How many returned", "when was the visit")]
    public void Split_TwoQuestions_GivesBoth(string question, string first, string second)
    {
        Assert.Equal([first, second], QuestionSplitter.Split(question));
    }

    [Theory]
    [InlineData("Waarover spraken Van der Burg en Laftit?")]
    [InlineData("Werken Nederland en Marokko samen tegen mensenhandel?")]
    public void Split_OneQuestionWithAnd_StaysWhole(string question)
    {
        Assert.Single(QuestionSplitter.Split(question));
    }
}
