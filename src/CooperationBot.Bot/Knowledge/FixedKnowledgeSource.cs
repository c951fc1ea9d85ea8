namespace CooperationBot.Bot.Knowledge;

/// <summary>A knowledge source that serves one snapshot and never changes (command line, benchmarks, samples).</summary>
public sealed class FixedKnowledgeSource(KnowledgeSnapshot snapshot) : IKnowledgeSource
{
    public KnowledgeSnapshot Current { get; } = snapshot;

    /// <summary>Never raised.</summary>
    public event EventHandler<KnowledgeSnapshot>? Changed
    {
        add { }
        remove { }
    }
}
