using CooperationBot.Bot.Knowledge;

namespace CooperationBot.Bot.Tests.Answering;

/// <summary>A knowledge source the test publishes snapshots to, as the file loader does on a reload.</summary>
internal sealed class InMemoryKnowledgeSource(KnowledgeSnapshot initial) : IKnowledgeSource
{
    public KnowledgeSnapshot Current { get; private set; } = initial;

    public event EventHandler<KnowledgeSnapshot>? Changed;

    public void Publish(KnowledgeSnapshot snapshot)
    {
        Current = snapshot;
        Changed?.Invoke(this, snapshot);
    }
}
