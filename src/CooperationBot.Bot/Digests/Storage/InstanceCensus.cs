namespace CooperationBot.Bot.Digests.Storage;

/// <summary>
/// What one heartbeat found in the store: how many instances are live (this one included, at least 1), and how many
/// of the others counted fewer live instances than that at their own last heartbeat. Those still send under a larger
/// share of the budget than this count allows: a joining instance waits until none is left.
/// </summary>
/// <param name="Live">The live instances, this one included.</param>
/// <param name="Lagging">The other live instances whose last heartbeat counted fewer than <paramref name="Live"/>.</param>
public readonly record struct InstanceCensus(int Live, int Lagging);
