using CooperationBot.Bot.Language;
using CooperationBot.Bot.Visits;

namespace CooperationBot.Bot.Tests.Visits;

/// <summary>An <see cref="IBriefingLinks"/> that answers a fixed address per visit and language, and records the calls.</summary>
internal sealed class RecordingBriefingLinks : IBriefingLinks
{
    public List<(string VisitId, UserLanguage Language)> Calls { get; } = [];

    public Uri? CreateLink(string visitId, UserLanguage language)
    {
        Calls.Add((visitId, language));
        return new Uri($"http://127.0.0.1:3978/briefings/{visitId}.{language.Code()}");
    }
}
