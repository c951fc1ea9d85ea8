namespace CooperationBot.Benchmarks.Load;

/// <summary>The latencies and outcomes of one load phase.</summary>
internal sealed class LatencySample
{
    private readonly List<double> _milliseconds = [];
    private readonly Lock _gate = new();
    private int _errors;
    private string? _firstError;

    public int Count { get { lock (_gate) { return _milliseconds.Count; } } }

    public int Errors => Volatile.Read(ref _errors);

    public string? FirstError => _firstError;

    public void Add(double milliseconds, bool ok, string? error = null)
    {
        lock (_gate)
        {
            _milliseconds.Add(milliseconds);
        }

        if (!ok)
        {
            Interlocked.Increment(ref _errors);
            Interlocked.CompareExchange(ref _firstError, error, null);
        }
    }

    /// <summary>The p-th percentile (0-100) by nearest rank, in milliseconds.</summary>
    public double Percentile(double p)
    {
        lock (_gate)
        {
            if (_milliseconds.Count == 0)
            {
                return double.NaN;
            }

            var sorted = _milliseconds.Order().ToArray();
            var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
            return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
        }
    }
}
