using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Tests.Answering;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Tests.Cards;

/// <summary>
/// Buttons that fit a phone, on every card the bot can produce: at most three per action set (the card's own actions
/// count as one), titles of at most <see cref="ButtonTitle.MaxLength"/> characters, and a question button's data
/// holds the whole question its (possibly shortened) title starts with.
/// </summary>
public class CardButtonsTests
{
    private const int MaxButtonsPerSet = 3;

    private static readonly Lazy<List<(string Name, AdaptiveCard Card)>> Cards = new(() =>
    {
        using var answerer = new Answerer(
            new FixedKnowledgeSource(TestKnowledge.Real), Options.Create(new AnsweringOptions()), NullLogger<Answerer>.Instance, TimeProvider.System);
        return [.. CardCatalog.All(answerer), .. GrowingCardSamples.Digests(), .. GrowingCardSamples.Answers(), .. GrowingCardSamples.Visits()];
    });

    public static TheoryData<string> CardNames() => [.. Cards.Value.Select(c => c.Name)];

    private static AdaptiveCard Card(string name) => Cards.Value.Single(c => c.Name == name).Card;

    [Theory]
    [MemberData(nameof(CardNames))]
    public void All_EveryActionSet_HasAtMostThreeButtons(string name)
    {
        Assert.All(ActionSets(Card(name)), set => Assert.InRange(set.Count, 1, MaxButtonsPerSet));
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public void All_EveryButtonTitle_FitsTheLimit(string name)
    {
        Assert.All(
            ActionSets(Card(name)).SelectMany(set => set),
            action => Assert.InRange(action.Title?.Length ?? 0, 1, ButtonTitle.MaxLength));
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public void All_EveryQuestionButton_SubmitsTheWholeQuestionItsTitleStartsWith(string name)
    {
        var asks = ActionSets(Card(name)).SelectMany(set => set).OfType<SubmitAction>()
            .Where(a => (string?)a.Data?["verb"] == AskButton.Verb);
        Assert.All(asks, ask =>
        {
            var question = (string?)ask.Data![AskButton.QuestionProperty];
            Assert.False(string.IsNullOrWhiteSpace(question));
            Assert.Equal("imBack", (string?)ask.Data[AskButton.TeamsImBack]!["type"]);
            Assert.Equal(question, (string?)ask.Data[AskButton.TeamsImBack]!["value"]);
            Assert.InRange(ask.Title!.Length, 1, AskButton.MaxTitleLength);
            if (ask.Title != question)
            {
                Assert.EndsWith("…", ask.Title, StringComparison.Ordinal);
                Assert.StartsWith(ask.Title.TrimEnd('…'), question, StringComparison.Ordinal);
                Assert.Equal(question, ask.Tooltip);
            }
        });
    }

    [Fact]
    public void All_SomeQuestionButtonIsShortened_SoTheRuleIsExercised()
    {
        var asks = Cards.Value.SelectMany(c => ActionSets(c.Card)).SelectMany(set => set).OfType<SubmitAction>()
            .Where(a => (string?)a.Data?["verb"] == AskButton.Verb);

        Assert.Contains(asks, a => a.Title != (string?)a.Data![AskButton.QuestionProperty]);
    }

    [Fact]
    public void AskButton_LongQuestion_ShortTitleAndTheWholeQuestionInDataAndTooltip()
    {
        const string question = "Hoe gaat de terugkeersamenwerking met Marokko sinds het Actieplan van 2022?";

        var button = AskButton.Create(question, UserLanguage.Dutch);

        Assert.InRange(button.Title!.Length, 1, AskButton.MaxTitleLength);
        Assert.StartsWith("Hoe gaat de", button.Title, StringComparison.Ordinal);
        Assert.Equal(question, (string?)button.Data![AskButton.QuestionProperty]);
        Assert.Equal(question, button.Tooltip);
        Assert.Equal("nl", (string?)button.Data["lang"]);
    }

    [Fact]
    public void AskButton_ShortQuestion_TitleIsTheQuestionWithoutTooltip()
    {
        var button = AskButton.Create("Wat is een laissez-passer?", UserLanguage.English);

        Assert.Equal("Wat is een laissez-passer?", button.Title);
        Assert.Null(button.Tooltip);
    }

    /// <summary>The card's actions and every ActionSet in its body (also inside hidden containers), each as a list.</summary>
    private static IEnumerable<IList<CardAction>> ActionSets(AdaptiveCard card) =>
        (card.Actions is { } actions ? [actions] : Enumerable.Empty<IList<CardAction>>()).Concat(ActionSetsIn(card.Body));

    private static IEnumerable<IList<CardAction>> ActionSetsIn(IEnumerable<CardElement> elements) => elements.SelectMany(e => e switch
    {
        ActionSet set => [set.Actions],
        Container container => ActionSetsIn(container.Items),
        ColumnSet columns => columns.Columns.SelectMany(c => ActionSetsIn(c.Items)),
        _ => [],
    });
}
