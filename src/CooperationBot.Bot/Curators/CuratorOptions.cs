using System.ComponentModel.DataAnnotations;

namespace CooperationBot.Bot.Curators;

/// <summary>The curators' loop: configuration section <c>Curators</c>.</summary>
public sealed class CuratorOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Curators";

    /// <summary>The other place curators may be listed: <c>Bot:Curators</c> (added to <see cref="Ids"/>).</summary>
    public const string BotSectionKey = "Bot:Curators";

    /// <summary>
    /// The Entra object ids (<c>from.aadObjectId</c>) of the people who may see <c>curator report</c> in chat.
    /// </summary>
    /// <value>The default is none: nobody sees the report in chat (the CLI's <c>knowledge gaps</c> works either way).</value>
    public IList<string> Ids { get; set; } = [];

    /// <summary>
    /// How long questions are kept: knowledge gaps, sent answers and votes older than this are deleted once a day by
    /// the running bot.
    /// </summary>
    /// <value>The default is 90 days.</value>
    [Range(1, 3_650)]
    public int RetentionDays { get; set; } = 90;

    /// <summary>True when <paramref name="aadObjectId"/> is one of <see cref="Ids"/> (compared as GUIDs).</summary>
    public bool IsCurator(string? aadObjectId) =>
        Guid.TryParse(aadObjectId, out var id) && Ids.Any(c => Guid.TryParse(c, out var curator) && curator == id);
}
