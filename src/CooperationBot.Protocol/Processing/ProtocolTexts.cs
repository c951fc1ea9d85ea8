namespace CooperationBot.Protocol.Processing;

/// <summary>The few user-facing sentences the protocol layer itself may send (Dutch first, then English).</summary>
internal static class ProtocolTexts
{
    public const string SomethingWentWrong =
        "Er ging iets mis bij het beantwoorden. Probeer het later opnieuw. (Something went wrong; please try again later.)";

    public const string TooSlow =
        "Dit duurt te lang. Probeer het over een minuut opnieuw. (This is taking too long; please try again in a minute.)";
}
