namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>A number with its unit found in a sentence ("125 Marokkaanse vreemdelingen", "12,5 procent").</summary>
/// <param name="Value">The number (Dutch notation read: "1.250" is 1250, "12,5" is 12.5).</param>
/// <param name="Unit">The words after the number that say what it counts.</param>
/// <param name="Text">The number and unit as the sentence writes them.</param>
public sealed record DetectedFigure(decimal Value, string Unit, string Text);
