namespace CooperationBot.Bot.Phrasing;

/// <summary>How often the model phrased an answer, and how often it did not and why (thread-safe counts).</summary>
public sealed class PhrasingCounters
{
    private readonly long[] _failures = new long[Enum.GetValues<PhrasingFailure>().Length];
    private long _phrased;

    /// <summary>Answers the model phrased.</summary>
    private long _rejected;

    /// <summary>Model answers the <see cref="AnswerGuard"/> rejected (the extractive answer was shown).</summary>
    public long Rejected => Interlocked.Read(ref _rejected);

    /// <summary>Counts one answer the guard rejected.</summary>
    public void RecordRejected() => Interlocked.Increment(ref _rejected);

    public long Phrased => Interlocked.Read(ref _phrased);

    /// <summary>Requests that ended with <paramref name="failure"/>.</summary>
    public long Failed(PhrasingFailure failure) => Interlocked.Read(ref _failures[(int)failure]);

    /// <summary>Counts one outcome: null for a phrased answer, else its failure.</summary>
    public void Record(PhrasingFailure? failure)
    {
        if (failure is { } reason)
        {
            Interlocked.Increment(ref _failures[(int)reason]);
        }
        else
        {
            Interlocked.Increment(ref _phrased);
        }
    }
}
