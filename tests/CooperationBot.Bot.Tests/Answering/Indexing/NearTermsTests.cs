using CooperationBot.Bot.Answering.Indexing;

namespace CooperationBot.Bot.Tests.Answering.Indexing;

public class NearTermsTests
{
    private static readonly string[] Terms =
    [
        "terugkeer", "terugker", "teruggekeerd", "tegenkeer", "marokko", "marrokko", "morokko", "migratie", "migranten",
        "laissez", "laftit", "lafitt", "pcr", "pc", "unhcr", "unchr", "unhrc", "ilo", "iom", "samenwerking", "samenwerkingen",
        "actieplan", "actieplannen", "aantal", "aan", "ab", "abc", "acb", "bca", "zz", "ééé", "stijging", "stijgt",
    ];

    public static TheoryData<string, int> Words => new()
    {
        { "terugkeer", 1 }, { "terugkeer", 2 }, { "trugkeer", 2 }, { "marokko", 1 }, { "maorkko", 2 }, { "migartie", 2 },
        { "lafitt", 1 }, { "unhcr", 1 }, { "uncrh", 2 }, { "abc", 1 }, { "acb", 2 }, { "samenwerkng", 2 }, { "actiplan", 1 },
        { "x", 2 }, { "stijgng", 2 }, { "ééé", 1 },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void Find_Word_SameTermsAsComparingEveryTerm(string word, int maxEdits)
    {
        var expected = Terms.Where(t => t.Length >= 3 && t[0] == word[0] && EditDistance.Within(word, t, maxEdits)).Order(StringComparer.Ordinal);

        var found = new NearTerms(Terms).Find(word, maxEdits);

        Assert.Equal(expected, found);
    }

    [Fact]
    public void Find_Transposition_CountsAsOneEdit()
    {
        var found = new NearTerms(["laftit", "migratie"]).Find("lafitt", 1);

        Assert.Equal(["laftit"], found);
    }
}
