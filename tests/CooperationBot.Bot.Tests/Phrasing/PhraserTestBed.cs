using CooperationBot.Bot.Language;
using CooperationBot.Bot.Phrasing;
using CooperationBot.Testing.OpenAI;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Tests.Phrasing;

/// <summary>A real <see cref="AzureOpenAIPhraser"/> (real SDK client) against a loopback fake Azure OpenAI resource.</summary>
internal sealed class PhraserTestBed : IAsyncDisposable
{
    public const string Deployment = "gpt-4o-phrasing";
    public const string ApiKey = "loopback-secret-key-7f3a9c";
    public const string Question = "Neemt Marokko weer onderdanen terug?";

    private PhraserTestBed(LoopbackAzureOpenAIServer server, TimeProvider time, int timeoutSeconds)
    {
        Server = server;
        Phraser = new AzureOpenAIPhraser(
            Options.Create(new PhrasingOptions
            {
                Endpoint = server.Endpoint.ToString(),
                Deployment = Deployment,
                ApiKey = ApiKey,
                TimeoutSeconds = timeoutSeconds,
            }),
            time,
            Counters,
            Logger);
    }

    public LoopbackAzureOpenAIServer Server { get; }

    public AzureOpenAIPhraser Phraser { get; }

    public PhrasingCounters Counters { get; } = new();

    public FakeLogger<AzureOpenAIPhraser> Logger { get; } = new();

    public static PhrasingRequest Request(UserLanguage language = UserLanguage.Dutch) => new(
        Question,
        language,
        [
            new PhrasingItem("fact-terugkeer-2023", "Marokko neemt sinds 2023 weer onderdanen terug.", "Ministerie van JenV, terugkeerrapportage", "2023-06-01"),
            new PhrasingItem("fact-laissez-passer", "Voor terugkeer is een laissez-passer van het consulaat nodig.", "DT&V werkinstructie", null),
        ]);

    public static async Task<PhraserTestBed> StartAsync(TimeProvider? time = null, int timeoutSeconds = 8) =>
        new(await LoopbackAzureOpenAIServer.StartAsync(), time ?? TimeProvider.System, timeoutSeconds);

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
