using System.Text.Json.Nodes;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Tests.Answering;
using CooperationBot.Protocol;
using CooperationBot.Protocol.Processing;
using CooperationBot.Protocol.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Tests.MessageExtension;

/// <summary>
/// The message-extension handler's surroundings: the repository's knowledge plus one newer source and fact (so the
/// newest-first order has two dates to tell apart), a real <see cref="Answerer"/>, and invoke turns to hand it.
/// </summary>
internal static class SearchBed
{
    public const string NewestFactId = "nieuw-feit-2024";
    public static readonly Uri NewestSourceUrl = new("https://www.rijksoverheid.nl/actueel/nieuws/2024/05/01/voorbeeld");

    public static KnowledgeSnapshot Snapshot { get; } = WithNewerFact(TestKnowledge.Real);

    private static readonly Lazy<ServiceProvider> Provider = new(() =>
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new Answerer(
            new FixedKnowledgeSource(Snapshot), Options.Create(new AnsweringOptions()), NullLogger<Answerer>.Instance, TimeProvider.System));
        return services.BuildServiceProvider();
    });

    public static Answerer Answerer => Provider.Value.GetRequiredService<Answerer>();

    /// <summary>An invoke turn from a Teams client with <paramref name="locale"/>.</summary>
    public static TurnContext Turn(string name, JsonNode? value, string? locale = "nl-NL") => new(
        new Activity { Type = "invoke", Name = name, Value = value, Locale = locale },
        null,
        new BufferedReplySink(),
        Provider.Value);

    private static KnowledgeSnapshot WithNewerFact(KnowledgeSnapshot real)
    {
        var source = new SourceDocument
        {
            Id = "voorbeeld-2024-05-01",
            Title = "Voorbeeldbericht over terugkeer",
            Publisher = "Rijksoverheid",
            Date = new DateOnly(2024, 5, 1),
            Url = NewestSourceUrl,
        };
        var fact = new Fact
        {
            Id = NewestFactId,
            Topic = real.Knowledge.Topics[0].Id,
            Text = new LocalizedText { Nl = "In 2024 verscheen een voorbeeldbericht over terugkeer.", En = "In 2024 an example item on return appeared." },
            Source = new SourceRef { Source = source.Id, Paragraph = 3, Evidence = "voorbeeldbericht" },
        };
        var knowledge = real.Knowledge with
        {
            Sources = [.. real.Knowledge.Sources, source],
            Facts = [.. real.Knowledge.Facts, fact],
        };
        return real with { Knowledge = knowledge, Version = "search-bed" };
    }
}
