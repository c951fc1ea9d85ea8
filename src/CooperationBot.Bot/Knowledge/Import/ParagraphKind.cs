namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>What a paragraph of an imported document is; only <see cref="Text"/> paragraphs give facts.</summary>
public enum ParagraphKind
{
    /// <summary>Running text: its informative sentences become facts.</summary>
    Text,

    /// <summary>A title or heading: one line without closing punctuation.</summary>
    Heading,

    /// <summary>A photo credit or caption ("Beeld: ...", "Foto: ...").</summary>
    Credit,

    /// <summary>A line naming who speaks next ("Staatssecretaris Van der Burg:").</summary>
    Speaker,

    /// <summary>A paragraph that is one quote, opening with a quotation mark.</summary>
    Quote,
}
