using System.Text.Json.Nodes;

namespace CooperationBot.Bot.Knowledge.Yaml;

/// <summary>A YAML document converted to JSON, with the YAML position of every node.</summary>
public sealed record YamlJsonDocument(JsonNode Root, NodePositions Positions);
