namespace CooperationBot.Bot.Knowledge.Model;

/// <summary>
/// A list of the knowledge model that <c>KnowledgeJson.Options</c> leaves out when it is empty, so a field
/// added to the model later does not change the JSON (and the digest's content hash) of an item that does not use it.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class OmitWhenEmptyAttribute : Attribute;
