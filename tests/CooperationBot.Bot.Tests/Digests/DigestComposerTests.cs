using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Content;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Tests.Digests.Content;
using CooperationBot.Bot.Tests.Digests.Storage;
using CooperationBot.Bot.Tests.Storage;

namespace CooperationBot.Bot.Tests.Digests;

public sealed class DigestComposerTests() : DigestStoreFixture(new SqliteStoreBackend())
{
    private const int MaxMessageBytes = 80 * 1024;

    [Fact]
    public async Task ComposeAsync_WholeKnowledgeNewSinceBaseline_CardUnder80KilobytesWithSummaryAndAttachment()
    {
        using var folder = DigestTestKnowledge.CopyOfReal();
        var snapshot = DigestTestKnowledge.Load(folder);
        await Store.RecordKnowledgeVersionAsync("empty", new Dictionary<string, string>(), Now, None);

        var composed = await Composer(snapshot).ComposeAsync(Subscription("empty"), Today, None);

        Assert.True(composed.Content.Added.Count > DigestCard.MaxChanges, "the test needs more changes than the card lists");
        var json = composed.ActivityJson!;
        Assert.InRange(Encoding.UTF8.GetByteCount(json), 1, MaxMessageBytes - 1);
        var activity = JsonNode.Parse(json)!;
        Assert.Equal("message", (string?)activity["type"]);
        Assert.Equal($"Dagelijkse samenvatting: {composed.Content.Added.Count} nieuw, 0 gewijzigd", (string?)activity["summary"]);
        var attachment = Assert.Single(activity["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal(("AdaptiveCard", "1.5"), ((string?)attachment["content"]?["type"], (string?)attachment["content"]?["version"]));
        Assert.Equal(snapshot.Version, composed.KnowledgeVersion);
    }

    [Fact]
    public async Task ComposeAsync_OneFactEditedSinceBaseline_ListsExactlyThatFactAsChanged()
    {
        using var folder = DigestTestKnowledge.CopyOfReal();
        var original = DigestTestKnowledge.Load(folder);
        await new KnowledgeHashes(Store, Time).RecordAsync(original, None);
        DigestTestKnowledge.EditOneFact(folder);
        var edited = DigestTestKnowledge.Load(folder);

        var composed = await Composer(edited).ComposeAsync(Subscription(original.Version), Today, None);

        Assert.Empty(composed.Content.Added);
        Assert.Equal([DigestTestKnowledge.EditedFactId], composed.Content.Changed.Select(i => i.Id));
        Assert.Equal("Dagelijkse samenvatting: 0 nieuw, 1 gewijzigd", (string?)JsonNode.Parse(composed.ActivityJson!)!["summary"]);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "Dagelijkse samenvatting: geen wijzigingen", "nl-NL")]
    [InlineData(UserLanguage.English, "Daily digest: no changes", "en-GB")]
    public async Task ComposeAsync_NothingChangedAndMessageWanted_NoChangesCard(UserLanguage language, string summary, string locale)
    {
        var snapshot = Synthetic([DigestTestKnowledge.Fact("feit-1", "Een oud feit.", new DateOnly(2025, 1, 1))]);
        var subscription = Subscription(snapshot.Version) with
        {
            Preferences = DigestPreferences.Default(language),
            LastDeliveredAt = Now.AddDays(-1),
        };

        var composed = await Composer(snapshot).ComposeAsync(subscription, Today, None);

        Assert.False(composed.Content.HasChanges);
        var activity = JsonNode.Parse(composed.ActivityJson!)!;
        Assert.Equal((summary, locale), ((string?)activity["summary"], (string?)activity["locale"]));
        var card = Assert.Single(activity["attachments"]!.AsArray())!["content"]!.ToJsonString();
        Assert.Contains(language == UserLanguage.Dutch ? "29 november 2026" : "29 November 2026", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_NothingChangedAndNoMessageWanted_NoActivity()
    {
        var snapshot = Synthetic([DigestTestKnowledge.Fact("feit-1", "Een oud feit.", new DateOnly(2025, 1, 1))]);

        var composed = await Composer(snapshot).ComposeAsync(Delivered(Unwanted(Subscription(snapshot.Version))), Today, None);

        Assert.Null(composed.ActivityJson);
        Assert.Equal(snapshot.Version, composed.KnowledgeVersion);
    }

    [Fact]
    public async Task ComposeAsync_NothingChangedButAVisitComingUp_DigestCardEvenWhenNoMessageWantedOnQuietDays()
    {
        var snapshot = Synthetic([], [DigestTestKnowledge.Visit("bezoek-1", Today.AddDays(3))]);

        var composed = await Composer(snapshot).ComposeAsync(Delivered(Unwanted(Subscription(snapshot.Version))), Today, None);

        Assert.Equal(["bezoek-1"], composed.Content.Upcoming.Select(i => i.Id));
        Assert.Contains("Werkbezoek bezoek-1", composed.ActivityJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "Dagelijkse samenvatting: welkom", "Welkom bij de dagelijkse samenvatting. De kennis bevat nu {0} feiten over {1} onderwerpen.", "Tijd wijzigen")]
    [InlineData(UserLanguage.English, "Daily digest: welcome", "Welcome to the daily digest. The knowledge now holds {0} facts on {1} topics.", "Changing the time")]
    public async Task ComposeAsync_FirstDigestNothingChanged_WelcomeOverviewFromTheKnowledgeEvenWhenNoMessageWanted(
        UserLanguage language, string summary, string lead, string howToChange)
    {
        using var folder = DigestTestKnowledge.CopyOfReal();
        var snapshot = DigestTestKnowledge.Load(folder);
        var subscription = Unwanted(Subscription(snapshot.Version)) with { Preferences = DigestPreferences.Default(language) with { SendWhenUnchanged = false } };

        var composed = await Composer(snapshot).ComposeAsync(subscription, Today, None);

        var knowledge = snapshot.Knowledge;
        var topics = knowledge.Topics.Where(t => knowledge.Facts.Any(f => f.Topic == t.Id)).ToList();
        var activity = JsonNode.Parse(composed.ActivityJson!)!;
        Assert.Equal(summary, (string?)activity["summary"]);
        Assert.StartsWith(string.Format(CultureInfo.InvariantCulture, lead, knowledge.Facts.Count, topics.Count), (string?)activity["text"], StringComparison.Ordinal);
        var card = activity["attachments"]![0]!["content"]!;
        var json = card.ToJsonString();
        var texts = string.Join("\n", Strings(card));
        Assert.DoesNotContain(language == UserLanguage.Dutch ? "niets veranderd" : "Nothing in the knowledge has changed", json, StringComparison.Ordinal);
        foreach (var topic in topics)
        {
            var name = language == UserLanguage.Dutch ? topic.Name.Nl : topic.Name.En!;
            var count = knowledge.Facts.Count(f => f.Topic == topic.Id);
            Assert.Contains(card["body"]!.AsArray().Where(e => (string?)e!["type"] == "FactSet").SelectMany(e => e!["facts"]!.AsArray()),
                f => (string?)f!["title"] == name && ((string?)f["value"])!.StartsWith($"{count} ", StringComparison.Ordinal));
        }

        // The newest items: none of the knowledge's dated visits, quotes or figures is newer; each shows with its source line.
        var newest = DigestOverviewBuilder.Build(snapshot, Today).Newest;
        Assert.Equal(DigestOverviewBuilder.NewestCount, newest.Count);
        var latest = newest.Max(i => i.Date ?? i.Document!.Date);
        Assert.DoesNotContain(knowledge.Visits.Select(v => v.Date).Concat(knowledge.Quotes.Select(q => q.Date)).Concat(knowledge.Figures.Select(f => f.AsOf)), d => d > latest);
        foreach (var item in newest)
        {
            Assert.Contains(language == UserLanguage.Dutch ? item.Text.Nl : item.Text.En ?? item.Text.Nl, texts, StringComparison.Ordinal);
        }

        Assert.Contains(language == UserLanguage.Dutch ? "Bron: " : "Source: ", texts, StringComparison.Ordinal);
        Assert.Contains(howToChange, texts, StringComparison.Ordinal);
        Assert.Contains(language == UserLanguage.Dutch ? "'digest aan 08:30'" : "'digest subscribe 08:30'", texts, StringComparison.Ordinal);
        Assert.Contains(card["actions"]!.AsArray(), a => (string?)a!["data"]!["verb"] == DigestVerbs.Settings);
    }

    [Fact]
    public async Task ComposeAsync_NothingChangedAfterADelivery_NoWelcomeButNoChanges()
    {
        using var folder = DigestTestKnowledge.CopyOfReal();
        var snapshot = DigestTestKnowledge.Load(folder);

        var composed = await Composer(snapshot).ComposeAsync(Delivered(Subscription(snapshot.Version)), Today, None);

        Assert.Equal("Dagelijkse samenvatting: geen wijzigingen", (string?)JsonNode.Parse(composed.ActivityJson!)!["summary"]);
    }

    private DigestComposer Composer(KnowledgeSnapshot snapshot) => new(new FixedKnowledgeSource(snapshot), new KnowledgeHashes(Store, Time));

    private static KnowledgeSnapshot Synthetic(Fact[] facts, Visit[]? visits = null) =>
        DigestTestKnowledge.Snapshot(DigestTestKnowledge.Knowledge(facts, visits), "synthetic-v1");

    private static DigestSubscription Subscription(string baselineVersion) =>
        Subscription("personal:tenant-1:29:user", "a:chat") with { BaselineVersion = baselineVersion };

    /// <summary>Every string value in the card (texts, titles, values), unescaped.</summary>
    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    private static DigestSubscription Delivered(DigestSubscription subscription) => subscription with { LastDeliveredAt = Now.AddDays(-1) };

    private static DigestSubscription Unwanted(DigestSubscription subscription) =>
        subscription with { Preferences = subscription.Preferences with { SendWhenUnchanged = false } };
}
