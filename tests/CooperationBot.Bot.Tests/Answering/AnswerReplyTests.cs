using System.Text.RegularExpressions;
using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Phrasing;
using CooperationBot.Bot.Tests.Cards;
using CooperationBot.Protocol;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Tests.Answering;

/// <summary>
/// What an answer says before its card is opened: the message text holds the answer with its citation mark on it, each
/// [n] has its citation entity, and the card does not show the same sentence again.
/// </summary>
public partial class AnswerReplyTests
{
    private static readonly Lazy<Answerer> Answerer = new(() => new Answerer(
        new FixedKnowledgeSource(TestKnowledge.Real), Options.Create(new AnsweringOptions()), NullLogger<Answerer>.Instance, TimeProvider.System));

    private static readonly Activity Inbound = new() { Type = ActivityTypes.Message, Id = "question-1", Text = "?" };

    [Theory]
    [InlineData("Hoeveel Marokkanen zijn teruggekeerd?", UserLanguage.Dutch)]
    [InlineData("How many Moroccans have returned?", UserLanguage.English)]
    public void Create_Answered_TextIsTheAnswerWithItsMarkAndTheCardDoesNotRepeatIt(string question, UserLanguage language)
    {
        var result = Answerer.Value.Answer(question, language);
        var best = Assert.IsType<AnswerItem>(result.Best);

        var reply = AnswerReply.Create(Inbound, result);

        Assert.True(result.Answered);
        Assert.Contains("125", best.Text, StringComparison.Ordinal);
        Assert.Equal(best.Text + " [1]", reply.Text);
        Assert.Equal([1], CitationPositions(reply));
        Assert.Equal([1], Marks(reply.Text!));
        var card = CardOf(reply);
        Assert.DoesNotContain(best.Text, CardText.OfBody(card), StringComparison.Ordinal);
        Assert.Contains(best.Document!.Title, CardText.OfBody(card), StringComparison.Ordinal);
        Assert.StartsWith(best.Text + " ", card.Speak, StringComparison.Ordinal);
        Assert.Equal(card.FallbackText, card.Speak);
    }

    [Theory]
    [InlineData("Hoeveel vrouwen keerden terug naar Marokko?", UserLanguage.Dutch, "Het aantal \u201evrouwen\u201d staat niet apart in de kennisbank. Wat wel bekend is: ")]
    [InlineData("How many Moroccan women have returned?", UserLanguage.English, "The number of \u201cwomen\u201d is not given separately in the knowledge base. What is known: ")]
    public void Create_PartlyKnown_TextLeadsWithWhatIsMissingThenCitesWhatIsKnown(string question, UserLanguage language, string lead)
    {
        var result = Answerer.Value.Answer(question, language);
        var known = Assert.IsType<AnswerItem>(result.Best);

        var reply = AnswerReply.Create(Inbound, result);

        Assert.Equal(AnswerOutcome.Partly, result.Outcome);
        Assert.Equal(lead + known.Text + " [1]", reply.Text);
        Assert.Equal([1], CitationPositions(reply));
        var body = CardText.OfBody(CardOf(reply));
        Assert.DoesNotContain(known.Text, body, StringComparison.Ordinal);
        Assert.DoesNotContain(MissingTexts.For(result.Missing, language)[0], body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wat is de hoofdstad van Frankrijk?", UserLanguage.Dutch, "Deze vraag valt buiten het migratiepartnerschap")]
    [InlineData("What is the capital of France?", UserLanguage.English, "This question is outside the migration partnership")]
    public void Create_NotKnown_TextSaysWhyWithoutCitations(string question, UserLanguage language, string why)
    {
        var reply = AnswerReply.Create(Inbound, Answerer.Value.Answer(question, language));

        Assert.StartsWith(why, reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Entities);
        Assert.Empty(Marks(reply.Text!));
        var card = CardOf(reply);
        Assert.Equal(reply.Text, card.Speak);
        Assert.DoesNotContain(why, CardText.OfBody(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_Phrased_EachMarkHasItsCitationAndSpeakHasNone()
    {
        var result = Answerer.Value.Answer("Hoeveel Marokkanen zijn teruggekeerd?", UserLanguage.Dutch);
        var best = result.Best!;
        var related = result.Related[0];
        var phrased = result with
        {
            Phrased = new PhrasedAnswer(
                [new GuardedSentence(best.Text, [best.Id]), new GuardedSentence(related.Text, [related.Id, best.Id])],
                [best.Id, related.Id]),
        };

        var reply = AnswerReply.Create(Inbound, phrased);

        Assert.Equal($"{best.Text} [1] {related.Text} [2][1]", reply.Text);
        Assert.Equal([1, 2], CitationPositions(reply));
        Assert.Equal([1, 2], Marks(reply.Text!));
        var card = CardOf(reply);
        Assert.DoesNotMatch(MarkPattern(), card.Speak!);
        Assert.StartsWith($"{best.Text} {related.Text} Bron: ", card.Speak, StringComparison.Ordinal);
    }

    private static AdaptiveCard CardOf(Activity reply) => Assert.IsType<AdaptiveCard>(Assert.Single(reply.Attachments!).Content);

    private static List<int> Marks(string text) =>
        [.. MarkPattern().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order()];

    private static List<int> CitationPositions(Activity reply)
    {
        var entity = Assert.Single(reply.Entities!);
        return [.. entity.Properties!["citation"].EnumerateArray().Select(c => c.GetProperty("position").GetInt32()).Order()];
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex MarkPattern();
}
