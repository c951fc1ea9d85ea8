namespace CooperationBot.Protocol.Teams;

/// <summary>
/// One numbered citation of a Teams message: the text refers to it as [<see cref="Position"/>].
/// Teams limits: name 80 characters, abstract 160, at most 3 keywords of 28; longer values are shortened.
/// </summary>
/// <param name="Position">The citation's number in the text, from 1.</param>
/// <param name="Name">The cited document's name, e.g. the source title with publisher and date.</param>
/// <param name="Abstract">The cited words.</param>
/// <param name="Url">Where the document is published, if known.</param>
/// <param name="Keywords">Up to three keywords.</param>
public sealed record Citation(int Position, string Name, string Abstract, Uri? Url = null, IReadOnlyList<string>? Keywords = null);
