using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Answering.Indexing;
using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Tests.Answering.Indexing;

public class ItemWordsTests
{
    [Fact]
    public void Mentioning_IsTheWordsOfTagsThenDutchThenEnglishText_AsTheNameAnalyzerMakesThem()
    {
        var items = Enumerable.Range(0, 200).Select(Item).ToList();

        var words = ItemWords.Of(items);

        Assert.Equal(items.Count, words.Mentioning.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var joined = string.Join(" \n ", items[i].Tags.Append(items[i].Text.Nl).Append(items[i].Text.En ?? string.Empty));
            Assert.Equal(SearchFields.Analyze(SearchFields.Name, joined), words.Mentioning[i]);
        }

        Assert.Equal(["migratie", "terugkeer", "item7", "geinvesteerd", "in", "item", "7", "invested", "in", "item", "7"], words.Mentioning[7]);
    }

    [Fact]
    public void Dutch_HoldsTheWordsOfEveryDutchText_OfEveryItem_AndNoEnglishOnes()
    {
        var items = Enumerable.Range(0, 200).Select(Item).ToList();

        var words = ItemWords.Of(items);

        var expected = items
            .SelectMany(item => item.Extra.Select(t => t.Nl).Concat(item.Tags).Concat(item.Questions.Select(q => q.Nl)).Prepend(item.Text.Nl))
            .SelectMany(text => SearchFields.Analyze(SearchFields.Name, text))
            .ToHashSet();
        Assert.True(expected.SetEquals(words.Dutch));
        Assert.Contains("vraag199", words.Dutch);
        Assert.Contains("extra0", words.Dutch);
        Assert.DoesNotContain("invested", words.Dutch);
    }

    private static IndexedItem Item(int i) => new()
    {
        Id = $"item-{i}",
        Kind = AnswerItemKind.Fact,
        Text = new LocalizedText { Nl = $"Geïnvesteerd in item {i}", En = i % 3 == 0 ? null : $"Invested in item {i}" },
        Source = new SourceRef { Source = "s", Paragraph = 1, Evidence = "e" },
        Tags = i % 5 == 0 ? [] : ["migratie", $"terugkeer item{i}"],
        Extra = [new LocalizedText { Nl = $"extra{i} tekst", En = "extra text" }],
        Questions = [new LocalizedText { Nl = $"Wat is vraag{i}?", En = "What?" }],
    };
}
