using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>Every <see cref="SourceRef"/> in the knowledge, with the JSON pointer of the reference.</summary>
internal static class SourceRefs
{
    public static IEnumerable<(string Pointer, SourceRef Reference)> All(KnowledgeBase knowledge) =>
        Each("people", knowledge.People, item => item.Source)
            .Concat(Each("organisations", knowledge.Organisations, item => item.Source))
            .Concat(Each("facts", knowledge.Facts, item => item.Source))
            .Concat(Each("figures", knowledge.Figures, item => item.Source))
            .Concat(Each("quotes", knowledge.Quotes, item => item.Source))
            .Concat(knowledge.Visits.SelectMany((visit, i) =>
                visit.Sources.Select((reference, j) => ($"/visits/{i}/sources/{j}", reference))));

    private static IEnumerable<(string Pointer, SourceRef Reference)> Each<T>(string list, IReadOnlyList<T> items, Func<T, SourceRef> source) =>
        items.Select((item, i) => ($"/{list}/{i}/source", source(item)));
}
