namespace CooperationBot.Protocol.Teams;

/// <summary>The invoke names of a search message extension (Teams compose extension).</summary>
public static class ComposeExtensionInvokes
{
    /// <summary>A search from the compose box or command box: the value is a <see cref="ComposeExtensionQuery"/>.</summary>
    public const string Query = "composeExtension/query";

    /// <summary>A result's preview was tapped: the value is the preview's tap value.</summary>
    public const string SelectItem = "composeExtension/selectItem";
}
