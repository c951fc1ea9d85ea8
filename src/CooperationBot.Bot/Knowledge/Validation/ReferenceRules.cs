using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Knowledge.Yaml;

namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>Checks that ids are unique across every kind of item and that every reference names an item of the right kind.</summary>
internal sealed class ReferenceRules
{
    private readonly Dictionary<string, (string Kind, string Pointer)> _ids = new(StringComparer.Ordinal);
    private readonly DiagnosticList _diagnostics;

    private ReferenceRules(DiagnosticList diagnostics) => _diagnostics = diagnostics;

    public static void Check(KnowledgeBase knowledge, DiagnosticList diagnostics)
    {
        var rules = new ReferenceRules(diagnostics);
        rules.Register("sources", "source", knowledge.Sources.Select(item => item.Id));
        rules.Register("topics", "topic", knowledge.Topics.Select(item => item.Id));
        rules.Register("people", "person", knowledge.People.Select(item => item.Id));
        rules.Register("organisations", "organisation", knowledge.Organisations.Select(item => item.Id));
        rules.Register("facts", "fact", knowledge.Facts.Select(item => item.Id));
        rules.Register("figures", "figure", knowledge.Figures.Select(item => item.Id));
        rules.Register("quotes", "quote", knowledge.Quotes.Select(item => item.Id));
        rules.Register("visits", "visit", knowledge.Visits.Select(item => item.Id));

        for (var i = 0; i < knowledge.Facts.Count; i++)
        {
            var fact = knowledge.Facts[i];
            rules.Expect($"/facts/{i}/topic", fact.Topic, "topic");
            rules.ExpectAll($"/facts/{i}/related", fact.Related, "fact", "figure", "quote", "visit");
        }

        for (var i = 0; i < knowledge.Figures.Count; i++)
        {
            rules.Expect($"/figures/{i}/topic", knowledge.Figures[i].Topic, "topic");
        }

        for (var i = 0; i < knowledge.Quotes.Count; i++)
        {
            rules.Expect($"/quotes/{i}/speaker", knowledge.Quotes[i].Speaker, "person");
        }

        for (var i = 0; i < knowledge.Visits.Count; i++)
        {
            var visit = knowledge.Visits[i];
            rules.ExpectAll($"/visits/{i}/delegation", visit.Delegation, "person");
            rules.ExpectAll($"/visits/{i}/counterparts", visit.Counterparts, "person");
            rules.ExpectAll($"/visits/{i}/topics", visit.Topics, "topic");
            rules.ExpectAll($"/visits/{i}/figures", visit.Figures, "figure");
            rules.ExpectAll($"/visits/{i}/quotes", visit.Quotes, "quote");
            rules.ExpectAll($"/visits/{i}/facts", visit.Facts, "fact");
            rules.ExpectAll($"/visits/{i}/organisations_visited", visit.OrganisationsVisited, "organisation");
        }

        foreach (var (pointer, reference) in SourceRefs.All(knowledge))
        {
            rules.Expect(pointer + "/source", reference.Source, "source");
        }
    }

    private void Register(string list, string kind, IEnumerable<string> ids)
    {
        var index = 0;
        foreach (var id in ids)
        {
            var pointer = $"/{list}/{index++}/id";
            if (_ids.TryGetValue(id, out var first))
            {
                var line = _diagnostics.Positions.ValueAt(first.Pointer).Line;
                _diagnostics.Error(pointer, $"the id '{id}' is already used by the {first.Kind} at {JsonPointers.ToDisplay(JsonPointers.Parent(first.Pointer))} (line {line}); ids must be unique across the file");
            }
            else
            {
                _ids[id] = (kind, pointer);
            }
        }
    }

    private void ExpectAll(string pointer, IReadOnlyList<string> ids, params string[] kinds)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            Expect(JsonPointers.Item(pointer, i), ids[i], kinds);
        }
    }

    private void Expect(string pointer, string id, params string[] kinds)
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
    }
}
