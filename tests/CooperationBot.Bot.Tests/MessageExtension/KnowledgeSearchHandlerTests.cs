using System.Text.Json.Nodes;
using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.MessageExtension;
using CooperationBot.Bot.Tests.Cards;
using CooperationBot.Protocol;
using CooperationBot.Protocol.Teams;
using CooperationBot.Testing.Cards;

namespace CooperationBot.Bot.Tests.MessageExtension;

public class KnowledgeSearchHandlerTests
{
    private static ComposeExtensionQuery Query(string? text, int skip = 0, int count = 25) => new(
        KnowledgeSearchHandler.CommandId,
        text is null ? [new ComposeExtensionParameter("initialRun", "true")] : [new ComposeExtensionParameter("query", text)],
        new ComposeExtensionQueryOptions(skip, count));

    private static Task<ComposeExtensionResponse> SearchAsync(string? text, string? locale = "nl-NL", int skip = 0, int count = 25) =>
        KnowledgeSearchHandler.OnQueryAsync(SearchBed.Turn(ComposeExtensionInvokes.Query, null, locale), Query(text, skip, count), CancellationToken.None);

    private static IReadOnlyList<ComposeExtensionAttachment> Results(ComposeExtensionResponse response)
    {
        Assert.Equal("result", response.ComposeExtension.Type);
        Assert.Equal("list", response.ComposeExtension.AttachmentLayout);
        return response.ComposeExtension.Attachments!;
    }

    private static ThumbnailCard PreviewOf(ComposeExtensionAttachment attachment)
    {
        Assert.Equal(ThumbnailCard.ContentType, attachment.Preview!.ContentType);
        return Assert.IsType<ThumbnailCard>(attachment.Preview.Content);
    }

    private static string TapId(ComposeExtensionAttachment attachment)
    {
        var tap = PreviewOf(attachment).Tap!;
        Assert.Equal("invoke", tap.Type);
        return (string)tap.Value![KnowledgeSearchResult.ItemIdProperty]!;
    }

    private static AdaptiveCard CardOf(ComposeExtensionAttachment attachment)
    {
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        return Assert.IsType<AdaptiveCard>(attachment.Content);
    }

    [Fact]
    public async Task OnQueryAsync_BroadText_ListsTenResultsWithFactCardsAndTappablePreviews()
    {
        var results = Results(await SearchAsync("Marokko"));

        Assert.Equal(KnowledgeSearchHandler.MaxResults, results.Count);
        Assert.Equal(results.Count, results.Select(TapId).Distinct().Count());
        foreach (var result in results)
        {
            var preview = PreviewOf(result);
            Assert.InRange(preview.Title!.Length, 1, KnowledgeSearchResult.MaxTitleLength + 1);
            Assert.Contains("21 februari 2023", preview.Text, StringComparison.Ordinal);
            Assert.Equal("nl", (string?)preview.Tap!.Value!["lang"]);
            var card = CardOf(result);
            Assert.Equal("1.5", card.Version);
            CardSchemaValidator.AssertValid(card);
            Assert.InRange(card.Utf8Size(), 1, 28 * 1024);
        }
    }

    [Fact]
    public async Task OnQueryAsync_Question_FirstResultIsTheItemTheAnswerGives()
    {
        const string question = "Hoeveel Marokkanen zijn teruggekeerd?";
        var answer = SearchBed.Answerer.Answer(question, UserLanguage.Dutch);

        var results = Results(await SearchAsync(question));

        Assert.Equal(answer.Best!.Id, TapId(results[0]));
        var text = CardText.Of(CardOf(results[0]));
        Assert.Contains("125 Marokkaanse vreemdelingen", text, StringComparison.Ordinal);
        Assert.Contains("Uitgever: Ministerie van Justitie en Veiligheid", text, StringComparison.Ordinal);
        Assert.Contains("Datum: 21 februari 2023", text, StringComparison.Ordinal);
        Assert.Contains("Alinea: ", text, StringComparison.Ordinal);
        Assert.Contains("Uit het kennisbestand van CooperationBot", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnQueryAsync_InitialRun_ListsTheNewestItemsFirstWithoutPeopleOrOrganisations()
    {
        var results = Results(await SearchAsync(null));

        Assert.Equal(KnowledgeSearchHandler.MaxResults, results.Count);
        Assert.Equal(SearchBed.NewestFactId, TapId(results[0]));
        Assert.Contains("1 mei 2024", PreviewOf(results[0]).Text, StringComparison.Ordinal);
        Assert.All(results.Skip(1), r => Assert.Contains("21 februari 2023", PreviewOf(r).Text, StringComparison.Ordinal));
        var peopleAndOrganisations = SearchBed.Snapshot.Knowledge.People.Select(p => p.Id)
            .Concat(SearchBed.Snapshot.Knowledge.Organisations.Select(o => o.Id)).ToHashSet();
        Assert.DoesNotContain(results, r => peopleAndOrganisations.Contains(TapId(r)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task OnQueryAsync_EmptyText_ListsTheNewestItems(string text)
    {
        var results = Results(await SearchAsync(text));

        Assert.Equal(SearchBed.NewestFactId, TapId(results[0]));
    }

    [Fact]
    public async Task OnQueryAsync_Paging_SecondPageContinuesTheFirst()
    {
        var first = Results(await SearchAsync("Marokko", count: 5)).Select(TapId).ToList();
        var second = Results(await SearchAsync("Marokko", skip: 5, count: 5)).Select(TapId).ToList();
        var both = Results(await SearchAsync("Marokko", count: 10)).Select(TapId).ToList();

        Assert.Equal(5, first.Count);
        Assert.Equal(both, [.. first, .. second]);
    }

    [Fact]
    public async Task OnQueryAsync_PageAfterTheLast_IsAnEmptyResultListNotAMessage()
    {
        var response = await SearchAsync(null, skip: 10_000);

        Assert.Empty(Results(response));
    }

    [Theory]
    [InlineData("teru")]
    [InlineData("TERÚ")]
    public async Task OnQueryAsync_HalfTypedWord_ListsTheItemsWithAWordStartingWithIt(string text)
    {
        var results = Results(await SearchAsync(text));

        Assert.Contains("terugkeer-125", results.Select(TapId));
        Assert.All(results, r => Assert.Matches(@"(?i)\bteru", CardOf(r).FallbackText));
    }

    [Fact]
    public async Task OnQueryAsync_HalfTypedWords_EveryTypedWordMustStartAWordOfTheItem()
    {
        var results = Results(await SearchAsync("teru marok"));

        Assert.NotEmpty(results);
        Assert.Equal("message", (await SearchAsync("teru xyzq")).ComposeExtension.Type);
    }

    [Theory]
    [InlineData("nl-NL", "Niets gevonden in de kennisbank voor \u201cxyzzy quux\u201d.")]
    [InlineData(null, "Niets gevonden in de kennisbank voor \u201cxyzzy quux\u201d.")]
    [InlineData("en-US", "Nothing found in the knowledge for \u201cxyzzy quux\u201d.")]
    public async Task OnQueryAsync_NothingFound_AnswersAMessageInTheClientsLanguage(string? locale, string expected)
    {
        var response = await SearchAsync("xyzzy quux", locale);

        Assert.Equal("message", response.ComposeExtension.Type);
        Assert.Equal(expected, response.ComposeExtension.Text);
        Assert.Null(response.ComposeExtension.Attachments);
    }

    [Fact]
    public async Task OnQueryAsync_EnglishClient_ShowsEnglishTextsAndSources()
    {
        var results = Results(await SearchAsync("How many Moroccans have returned?", "en-GB"));

        var preview = PreviewOf(results[0]);
        Assert.StartsWith("Source: ", preview.Text, StringComparison.Ordinal);
        Assert.Contains("21 February 2023", preview.Text, StringComparison.Ordinal);
        Assert.Equal("en", (string?)preview.Tap!.Value!["lang"]);
        var card = CardOf(results[0]);
        Assert.Equal("en", card.Lang);
        Assert.Contains("125 Moroccan nationals", CardText.Of(card), StringComparison.Ordinal);
        Assert.Contains("English translation of the Dutch source text.", CardText.Of(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnSelectItemAsync_KnownId_AnswersTheFullCardAlone()
    {
        var value = new JsonObject { ["itemId"] = "terugkeer-125", ["lang"] = "nl" };

        var response = await KnowledgeSearchHandler.OnSelectItemAsync(
            SearchBed.Turn(ComposeExtensionInvokes.SelectItem, value), "terugkeer-125", value, CancellationToken.None);

        var attachment = Assert.Single(Results(response));
        Assert.Null(attachment.Preview);
        var card = CardOf(attachment);
        CardSchemaValidator.AssertValid(card);
        Assert.Contains("125 Marokkaanse vreemdelingen", CardText.Of(card), StringComparison.Ordinal);
        Assert.Contains("Bron: Staatssecretaris Van der Burg bezoekt collega minister Laftit in Marokko", CardText.Of(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnSelectItemAsync_TapValueSaysEnglish_AnswersTheEnglishCardWhateverTheLocale()
    {
        var value = new JsonObject { ["itemId"] = "terugkeer-125", ["lang"] = "en" };

        var response = await KnowledgeSearchHandler.OnSelectItemAsync(
            SearchBed.Turn(ComposeExtensionInvokes.SelectItem, value, "nl-NL"), "terugkeer-125", value, CancellationToken.None);

        Assert.Contains("From the CooperationBot knowledge file", CardText.Of(CardOf(Assert.Single(Results(response)))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-NL", "Dat item staat niet (meer) in de kennisbank. Zoek opnieuw.")]
    [InlineData("en-US", "That item is no longer in the knowledge. Search again.")]
    public async Task OnSelectItemAsync_UnknownId_AnswersAMessageSayingSo(string locale, string expected)
    {
        var value = new JsonObject { ["itemId"] = "verdwenen" };

        var response = await KnowledgeSearchHandler.OnSelectItemAsync(
            SearchBed.Turn(ComposeExtensionInvokes.SelectItem, value, locale), "verdwenen", value, CancellationToken.None);

        Assert.Equal("message", response.ComposeExtension.Type);
        Assert.Equal(expected, response.ComposeExtension.Text);
    }
}
