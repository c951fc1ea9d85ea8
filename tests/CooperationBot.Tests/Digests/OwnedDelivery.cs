using CooperationBot.Testing.Connector;

namespace CooperationBot.Tests.Digests;

/// <summary>A delivery the connector accepted, with the process whose lease held the entry and when it arrived.</summary>
/// <param name="Delivery">What the connector recorded.</param>
/// <param name="ProcessId">The sending process's id, from the entry's lease owner (0 when unknown).</param>
/// <param name="At">Time since the run started.</param>
internal sealed record OwnedDelivery(ConnectorDelivery Delivery, int ProcessId, TimeSpan At);
