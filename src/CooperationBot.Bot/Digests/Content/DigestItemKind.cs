namespace CooperationBot.Bot.Digests.Content;

/// <summary>The kinds of knowledge item a digest compares.</summary>
public enum DigestItemKind
{
    Fact,
    Figure,
    Quote,
    Visit,
    Person,
    Organisation,
    Topic,
    Source,
}
