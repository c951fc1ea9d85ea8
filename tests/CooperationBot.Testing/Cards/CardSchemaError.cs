namespace CooperationBot.Testing.Cards;

/// <summary>One schema violation: where in the card (a JSON pointer), which keyword failed, and why.</summary>
public sealed record CardSchemaError(string InstancePath, string Keyword, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{(InstancePath.Length == 0 ? "/" : InstancePath)}: {Keyword}: {Message}";
}
