using System.Text.Json.Nodes;
using CooperationBot.Protocol.Teams;

namespace CooperationBot.Protocol.Tests.Teams;

public class FeedbackVoteTests
{
    private static Activity Invoke(string value) =>
        new() { Type = "invoke", Name = "message/submitAction", ReplyToId = "bot-msg-1", Value = JsonNode.Parse(value) };

    [Fact]
    public void TryParse_DislikeWithComment_ReadsTheJsonStringComment()
    {
        var activity = Invoke("""{"actionName":"feedback","actionValue":{"reaction":"dislike","feedback":"{\"feedbackText\":\"Verouderd cijfer\"}"}}""");

        Assert.True(FeedbackVote.TryParse(activity, out var vote, out _));
        Assert.Equal(new FeedbackVote("dislike", "Verouderd cijfer", "bot-msg-1"), vote);
    }

    [Fact]
    public void TryParse_LikeWithoutComment_HasNullComment()
    {
        var activity = Invoke("""{"actionName":"feedback","actionValue":{"reaction":"like","feedback":"{\"feedbackText\":\"\"}"}}""");

        Assert.True(FeedbackVote.TryParse(activity, out var vote, out _));
        Assert.Null(vote!.Comment);
    }

    [Fact]
    public void TryParse_MalformedCommentJson_StillCountsTheVote()
    {
        var activity = Invoke("""{"actionName":"feedback","actionValue":{"reaction":"like","feedback":"{not json"}}""");

        Assert.True(FeedbackVote.TryParse(activity, out var vote, out _));
        Assert.Null(vote!.Comment);
    }

    [Theory]
    [InlineData("""{"actionName":"other","actionValue":{"reaction":"like"}}""")]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"love"}}""")]
    [InlineData("""{"actionName":"feedback"}""")]
    [InlineData("""[1,2]""")]
    public void TryParse_NotAVote_FailsWithReason(string value)
    {
        Assert.False(FeedbackVote.TryParse(Invoke(value), out var vote, out var error));
        Assert.Null(vote);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void EnableOnMessage_UsesTheLegacyFlagOnly()
    {
        var data = FeedbackVote.EnableOnMessage();

        Assert.True((bool)data["feedbackLoopEnabled"]!);
        Assert.Null(data["feedbackLoop"]);
    }
}
