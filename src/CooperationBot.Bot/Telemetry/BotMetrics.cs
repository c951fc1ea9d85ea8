using System.Diagnostics;
using System.Diagnostics.Metrics;
using CooperationBot.Bot.Answering;

namespace CooperationBot.Bot.Telemetry;

/// <summary>
/// The bot's instruments, on the meter <see cref="MeterName"/>: answers (answered, partly known or not found, by language, with
/// their latency) and digest deliveries by outcome. Register it as a singleton; with an <see cref="IMeterFactory"/>
/// the meter belongs to that factory (one per host).
/// </summary>
public sealed class BotMetrics : IDisposable
{
    /// <summary>The meter's name, for an exporter's allowlist.</summary>
    public const string MeterName = "cooperationbot.bot";

    /// <summary>Questions answered, tagged <see cref="OutcomeTag"/> (answered | partly | not_found) and <see cref="LanguageTag"/>.</summary>
    public const string Answers = "cooperationbot.answers";

    /// <summary>Seconds from a question's arrival at the handler to its answer sent, tagged like <see cref="Answers"/>.</summary>
    public const string AnswerDuration = "cooperationbot.answer.duration";

    /// <summary>Digest delivery results, tagged <see cref="DigestOutcomeTag"/> (sent | rescheduled | parked | failed | in_doubt).</summary>
    public const string DigestDeliveries = "cooperationbot.digest.deliveries";

    public const string OutcomeTag = "cooperationbot.answer.outcome";
    public const string LanguageTag = "cooperationbot.answer.language";
    public const string DigestOutcomeTag = "cooperationbot.digest.outcome";

    public const string Answered = "answered";
    public const string Partly = "partly";
    public const string NotFound = "not_found";

    private readonly Meter _meter;
    private readonly Counter<long> _answers;
    private readonly Histogram<double> _answerDuration;
    private readonly Counter<long> _digestDeliveries;

    /// <param name="meterFactory">The host's meter factory; null creates a meter of its own.</param>
    public BotMetrics(IMeterFactory? meterFactory = null)
    {
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _answers = _meter.CreateCounter<long>(Answers, "{answer}", "Questions answered from the knowledge, partly known or not found, by language.");
        _answerDuration = _meter.CreateHistogram<double>(
            AnswerDuration, "s", "Time from a question to its answer sent.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 15] });
        _digestDeliveries = _meter.CreateCounter<long>(DigestDeliveries, "{delivery}", "Digest delivery results by outcome.");
    }

    /// <summary>Records one question's outcome in <paramref name="language"/> (nl, en) and its latency.</summary>
    public void Answer(AnswerOutcome outcome, string language, TimeSpan duration)
    {
        var tag = outcome switch
        {
            AnswerOutcome.Answered => Answered,
            AnswerOutcome.Partly => Partly,
            _ => NotFound,
        };
        var tags = new TagList { { OutcomeTag, tag }, { LanguageTag, language } };
        _answers.Add(1, tags);
        _answerDuration.Record(duration.TotalSeconds, tags);
    }

    public void DigestSent() => Delivery("sent");

    public void DigestRescheduled() => Delivery("rescheduled");

    public void DigestParked() => Delivery("parked");

    public void DigestFailed() => Delivery("failed");

    public void DigestInDoubt() => Delivery("in_doubt");

    public void Dispose() => _meter.Dispose();

    private void Delivery(string outcome) => _digestDeliveries.Add(1, new KeyValuePair<string, object?>(DigestOutcomeTag, outcome));
}
