using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Knowledge.Yaml;

namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>Checks that ids are unique across every kind of item and that every reference names an item of the right kind.</summary>
internal sealed class ReferenceRules
{
    private readonly Dictionary<string, (string Kind, string Pointer, bool Draft)> _ids = new(StringComparer.Ordinal);
    private readonly DiagnosticList _diagnostics;

    private ReferenceRules(DiagnosticList diagnostics) => _diagnostics = diagnostics;

    public static void Check(KnowledgeBase knowledge, DiagnosticList diagnostics)
    {
        var rules = new ReferenceRules(diagnostics);
        rules.Register("sources", "source", knowledge.Sources.Select(item => (item.Id, false)));
        rules.Register("topics", "topic", Ids(knowledge.Topics));
        rules.Register("people", "person", Ids(knowledge.People));
        rules.Register("organisations", "organisation", Ids(knowledge.Organisations));
        rules.Register("facts", "fact", Ids(knowledge.Facts));
        rules.Register("figures", "figure", Ids(knowledge.Figures));
        rules.Register("quotes", "quote", Ids(knowledge.Quotes));
        rules.Register("visits", "visit", Ids(knowledge.Visits));

        for (var i = 0; i < knowledge.People.Count; i++)
        {
            rules.ExpectAll($"/people/{i}/supersedes", knowledge.People[i].Supersedes, knowledge.People[i], "person");
        }

        for (var i = 0; i < knowledge.Facts.Count; i++)
        {
            var fact = knowledge.Facts[i];
            rules.Expect($"/facts/{i}/topic", fact.Topic, fact, "topic");
            rules.ExpectAll($"/facts/{i}/related", fact.Related, fact, "fact", "figure", "quote", "visit");
            rules.ExpectAll($"/facts/{i}/because", fact.Because, fact, "fact", "figure", "quote");
            rules.ExpectChanges($"/facts/{i}", fact, "fact");
        }

        for (var i = 0; i < knowledge.Figures.Count; i++)
        {
            rules.Expect($"/figures/{i}/topic", knowledge.Figures[i].Topic, knowledge.Figures[i], "topic");
            rules.ExpectChanges($"/figures/{i}", knowledge.Figures[i], "figure");
        }

        for (var i = 0; i < knowledge.Quotes.Count; i++)
        {
            rules.Expect($"/quotes/{i}/speaker", knowledge.Quotes[i].Speaker, knowledge.Quotes[i], "person");
            rules.ExpectChanges($"/quotes/{i}", knowledge.Quotes[i], "quote");
        }

        for (var i = 0; i < knowledge.Visits.Count; i++)
        {
            var visit = knowledge.Visits[i];
            rules.ExpectAll($"/visits/{i}/delegation", visit.Delegation, visit, "person");
            rules.ExpectAll($"/visits/{i}/counterparts", visit.Counterparts, visit, "person");
            rules.ExpectAll($"/visits/{i}/topics", visit.Topics, visit, "topic");
            rules.ExpectAll($"/visits/{i}/figures", visit.Figures, visit, "figure");
            rules.ExpectAll($"/visits/{i}/quotes", visit.Quotes, visit, "quote");
            rules.ExpectAll($"/visits/{i}/facts", visit.Facts, visit, "fact");
            rules.ExpectAll($"/visits/{i}/organisations_visited", visit.OrganisationsVisited, visit, "organisation");
        }

        foreach (var (pointer, reference) in SourceRefs.All(knowledge))
        {
            rules.Expect(pointer + "/source", reference.Source, null, "source");
        }
    }

    private static IEnumerable<(string Id, bool Draft)> Ids(IEnumerable<ICuratedItem> items) =>
        items.Select(item => (item.Id, item.IsDraft()));

    private void Register(string list, string kind, IEnumerable<(string Id, bool Draft)> ids)
    {
        var index = 0;
        foreach (var (id, draft) in ids)
        {
            var pointer = $"/{list}/{index++}/id";
            if (_ids.TryGetValue(id, out var first))
            {
                var line = _diagnostics.Positions.ValueAt(first.Pointer).Line;
                _diagnostics.Error(pointer, $"the id '{id}' is already used by the {first.Kind} at {JsonPointers.ToDisplay(JsonPointers.Parent(first.Pointer))} (line {line}); ids must be unique across the file");
            }
            else
            {
                _ids[id] = (kind, pointer, draft);
            }
        }
    }

    private void ExpectAll(string pointer, IReadOnlyList<string> ids, ICuratedItem owner, params string[] kinds)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            Expect(JsonPointers.Item(pointer, i), ids[i], owner, kinds);
        }
    }

    /// <summary>
    /// A statement's <c>supersedes</c> (items of its own <paramref name="kind"/>) and <c>conflicts_with</c> (other
    /// facts, figures or quotes); cycles of <c>supersedes</c> are <see cref="SupersedesRules"/>' job.
    /// </summary>
    private void ExpectChanges<T>(string pointer, T item, string kind)
        where T : ISupersedingItem, IConflictingItem
    {
        ExpectAll(pointer + "/supersedes", item.Supersedes, item, kind);
        for (var i = 0; i < item.ConflictsWith.Count; i++)
        {
            var entry = JsonPointers.Item(pointer + "/conflicts_with", i);
            if (item.ConflictsWith[i] == item.Id)
            {
                _diagnostics.Error(entry, $"'{item.Id}' cannot conflict with itself: list the facts, figures or quotes it contradicts");
            }
            else
            {
                Expect(entry, item.ConflictsWith[i], item, "fact", "figure", "quote");
            }
        }
    }

    /// <summary>Expects an item of one of <paramref name="kinds"/>; a reviewed <paramref name="owner"/> may not refer to a draft.</summary>
    private void Expect(string pointer, string id, ICuratedItem? owner, params string[] kinds)
    {
        var expected = kinds.Length == 1 ? kinds[0] : string.Join(", ", kinds[..^1]) + " or " + kinds[^1];
        if (!_ids.TryGetValue(id, out var found))
        {
            _diagnostics.Error(pointer, $"no {expected} has the id '{id}'");
        }
        else if (!kinds.Contains(found.Kind))
        {
            _diagnostics.Error(pointer, $"'{id}' is a {found.Kind}, not a {expected}");
        }
        else if (found.Draft && owner is not null && !owner.IsDraft())
        {
            _diagnostics.Error(pointer, $"the {found.Kind} '{id}' is a draft: a reviewed item cannot refer to it until it is reviewed too");
        }
    }
}
