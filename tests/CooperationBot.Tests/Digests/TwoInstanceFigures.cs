using System.Globalization;

namespace CooperationBot.Tests.Digests;

/// <summary>What a run of two <c>digest run --now</c> processes on one store delivered, as the connector and the store saw it.</summary>
internal sealed record TwoInstanceFigures
{
    public required int Subscribers { get; init; }

    /// <summary>Deliveries of the first and of the second process started.</summary>
    public required (int First, int Second) DeliveriesPerProcess { get; init; }

    /// <summary>Deliveries whose sender could not be told (0 when every lease owner was found).</summary>
    public required int Unattributed { get; init; }

    /// <summary>Conversations that received more than one digest.</summary>
    public required int Duplicates { get; init; }

    /// <summary>Subscribers whose conversation received no digest.</summary>
    public required int Lost { get; init; }

    /// <summary>Outbox entries Sent, and InDoubt (a connector call cut off by the kill).</summary>
    public required int Sent { get; init; }

    public required int InDoubt { get; init; }

    /// <summary>In-doubt entries whose conversation received the digest exactly once.</summary>
    public required int InDoubtReceivedOnce { get; init; }

    /// <summary>The most deliveries the connector saw within any one second.</summary>
    public required int PeakPerSecond { get; init; }

    /// <summary>The delivery number at which one process was killed; null when none was.</summary>
    public int? KilledAtDelivery { get; init; }

    /// <summary>Which of the two (1 or 2) was killed; 0 when none was.</summary>
    public int Victim { get; init; }

    /// <summary>Entries the victim had claimed but not started at the kill (the survivor takes them over after the lease).</summary>
    public int ClaimedByVictim { get; init; }

    /// <summary>Entries the victim had marked in flight that the connector had not received when it was killed.</summary>
    public int InFlightNotReceivedAtKill { get; init; }

    /// <summary>Kill until the last delivery of an entry the victim had claimed (or until the survivor ended when there was none).</summary>
    public TimeSpan? Takeover { get; init; }

    public required TimeSpan Elapsed { get; init; }

    public string Describe()
    {
        var kill = KilledAtDelivery is { } killed
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"process {Victim} killed at delivery {killed} with {ClaimedByVictim} entries claimed but not started; takeover {Takeover?.TotalSeconds:0.00} s; ")
            : "no kill; ";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"N={Subscribers}; deliveries by process 1: {DeliveriesPerProcess.First}, by process 2: {DeliveriesPerProcess.Second} (unattributed {Unattributed}); duplicates {Duplicates}, lost {Lost}; store: {Sent} Sent, {InDoubt} InDoubt ({InDoubtReceivedOnce} of them received exactly once); peak {PeakPerSecond} deliveries in one second; {kill}elapsed {Elapsed.TotalSeconds:0.0} s");
    }
}
