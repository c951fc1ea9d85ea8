namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>A person or organisation named in a text, known from the knowledge file (by a name or alias) or a new candidate.</summary>
/// <param name="IsPerson">A person (otherwise an organisation).</param>
/// <param name="Id">The known item's id, or a new draft id (<c>draft-</c> and the name).</param>
/// <param name="Name">The known name, or the name as the text writes it.</param>
/// <param name="Text">The words as the text writes them, role included ("Marokkaanse minister Laftit").</param>
/// <param name="Index">Where <paramref name="Text"/> starts.</param>
/// <param name="Known">Whether the knowledge file already has the item.</param>
/// <param name="Role">A new person's role as the text writes it ("burgemeester"); null for organisations and known people.</param>
public sealed record DetectedName(bool IsPerson, string Id, string Name, string Text, int Index, bool Known, string? Role);
