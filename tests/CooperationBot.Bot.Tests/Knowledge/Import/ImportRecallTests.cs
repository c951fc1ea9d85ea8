using System.Globalization;
using CooperationBot.Bot.Knowledge.Import;
using CooperationBot.Bot.Knowledge.Loading;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Knowledge.Validation;
using CooperationBot.Testing;
using Xunit.Abstractions;

namespace CooperationBot.Bot.Tests.Knowledge.Import;

/// <summary>
/// The importer measured against the hand-curated knowledge/knowledge.yaml on the source it was curated from.
/// Matching rules (a curated item "appears among the drafts" when):
/// <list type="bullet">
/// <item>fact: a draft fact cites the same paragraph and one evidence contains the other (white space collapsed);</item>
/// <item>date: the curated item's date or period (facts' <c>when</c>, quotes' date, the figure's as-of, the visit's date)
/// is carried by a matching draft: the same day, or period texts of which one contains the other (case ignored);</item>
/// <item>figure: a draft figure in the same paragraph with the same value;</item>
/// <item>person or organisation: a draft with the same id or name;</item>
/// <item>quote: a draft quote in the same paragraph with the same speaker, one text containing the other.</item>
/// </list>
/// Recall is the share of curated items matched; precision the share of draft facts, figures, quotes, people,
/// organisations and visits (a visit: same date and first source paragraph) that match a curated item by the same rules.
/// </summary>
public sealed class ImportRecallTests(ITestOutputHelper output)
{
    private const double RecallGoal = 0.9;

    [Fact]
    public void Import_RealSource_RecallOfCuratedItemsAtLeastNinetyPercent()
    {
        var curated = new KnowledgeFileLoader().Load(Path.Combine(RepositoryRoot.Directory.FullName, "knowledge", "knowledge.yaml")).Knowledge!;
        var document = ImportDocumentReader.Read(Path.Combine(RepositoryRoot.Directory.FullName, "knowledge", "sources", "000_ef273bc0d1f99a1b.txt"));
        var drafts = KnowledgeImporter.Import(document, new KnowledgeImportOptions { SourceFile = "x.txt", Date = new DateOnly(2023, 2, 21), Known = curated }).Drafts;

        var recall = new List<(string Kind, string Id, bool Found)>();
        foreach (var fact in curated.Facts)
        {
            var matches = drafts.Facts.Where(draft => Same(draft.Source, fact.Source)).ToList();
            recall.Add(("fact", fact.Id, matches.Count > 0));
            if (fact.When is { } when)
            {
                recall.Add(("date", fact.Id, matches.Any(draft => SameTime(draft.When, when))));
            }
        }

        foreach (var figure in curated.Figures)
        {
            var matches = drafts.Figures.Where(draft => SameFigure(draft, figure)).ToList();
            recall.Add(("figure", figure.Id, matches.Count > 0));
            recall.Add(("date", figure.Id, matches.Any(draft => draft.AsOf == figure.AsOf)));
        }

        foreach (var quote in curated.Quotes)
        {
            var matches = drafts.Quotes.Where(draft => SameQuote(draft, quote)).ToList();
            recall.Add(("quote", quote.Id, matches.Count > 0));
            recall.Add(("date", quote.Id, matches.Any(draft => draft.Date == quote.Date)));
        }

        foreach (var visit in curated.Visits)
        {
            recall.Add(("date", visit.Id, drafts.Visits.Any(draft => SameVisit(draft, visit))));
        }

        recall.AddRange(curated.People.Select(person => ("person", person.Id, drafts.People.Any(draft => draft.Id == person.Id || draft.Name == person.Name))));
        recall.AddRange(curated.Organisations.Select(organisation => ("organisation", organisation.Id, drafts.Organisations.Any(draft => draft.Id == organisation.Id || draft.Name == organisation.Name))));

        var corresponding = drafts.Facts.Select(draft => curated.Facts.Any(fact => Same(draft.Source, fact.Source)))
            .Concat(drafts.Figures.Select(draft => curated.Figures.Any(figure => SameFigure(draft, figure))))
            .Concat(drafts.Quotes.Select(draft => curated.Quotes.Any(quote => SameQuote(draft, quote))))
            .Concat(drafts.People.Select(draft => curated.People.Any(person => person.Id == draft.Id || person.Name == draft.Name)))
            .Concat(drafts.Organisations.Select(draft => curated.Organisations.Any(organisation => organisation.Id == draft.Id || organisation.Name == draft.Name)))
            .Concat(drafts.Visits.Select(draft => curated.Visits.Any(visit => SameVisit(draft, visit))))
            .ToList();
        var recallShare = (double)recall.Count(item => item.Found) / recall.Count;
        var precision = (double)corresponding.Count(found => found) / corresponding.Count;
        foreach (var group in recall.GroupBy(item => item.Kind))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key}: {group.Count(item => item.Found)}/{group.Count()} (missed: {string.Join(", ", group.Where(item => !item.Found).Select(item => item.Id))})"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall {recall.Count(item => item.Found)}/{recall.Count} = {recallShare:0.000}; precision {corresponding.Count(found => found)}/{corresponding.Count} = {precision:0.000}"));
        Assert.True(recallShare >= RecallGoal, $"recall {recallShare:0.000} is below {RecallGoal}");
    }

    private static bool Same(SourceRef draft, SourceRef curated) => draft.Paragraph == curated.Paragraph && Overlap(draft.Evidence, curated.Evidence);

    private static bool SameFigure(Figure draft, Figure curated) => draft.Source.Paragraph == curated.Source.Paragraph && draft.Value == curated.Value;

    private static bool SameQuote(Quote draft, Quote curated) =>
        draft.Source.Paragraph == curated.Source.Paragraph && draft.Speaker == curated.Speaker && Overlap(draft.Text.Nl, curated.Text.Nl);

    private static bool SameVisit(Visit draft, Visit curated) => draft.Date == curated.Date && draft.Sources[0].Paragraph == curated.Sources[0].Paragraph;

    private static bool SameTime(TimeReference? draft, TimeReference curated) =>
        draft is not null && (curated.Date is { } date
            ? draft.Date == date
            : draft.Period is { } period && curated.Period is { } expected && Overlap(period.Nl.ToLowerInvariant(), expected.Nl.ToLowerInvariant()));

    private static bool Overlap(string one, string other)
    {
        var (a, b) = (TextNormalizer.CollapseWhiteSpace(one), TextNormalizer.CollapseWhiteSpace(other));
        return a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);
    }
}
