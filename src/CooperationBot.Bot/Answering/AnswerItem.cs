using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Answering;

/// <summary>A knowledge item as shown in an answer: its curated text in the answer language, with its source.</summary>
/// <param name="Id">The item's id in the knowledge file.</param>
/// <param name="Kind">What kind of item it is.</param>
/// <param name="Topic">The id of the item's topic, when it has one.</param>
/// <param name="Text">The curated text in <paramref name="TextLanguage"/>.</param>
/// <param name="TextLanguage">The language of <paramref name="Text"/>: Dutch when no English translation is curated.</param>
/// <param name="IsTranslation">True when <paramref name="Text"/> is the English translation of the Dutch text.</param>
/// <param name="Source">Where the item comes from.</param>
/// <param name="Document">The source document <paramref name="Source"/> names, when the knowledge has it.</param>
public sealed record AnswerItem(
    string Id,
    AnswerItemKind Kind,
    string? Topic,
    string Text,
    UserLanguage TextLanguage,
    bool IsTranslation,
    SourceRef Source,
    SourceDocument? Document);
