namespace CooperationBot.Protocol.Connector;

/// <summary>The connector operations as telemetry names them (the <c>cooperationbot.connector.operation</c> tag).</summary>
public static class ConnectorOperations
{
    public const string Reply = "reply";
    public const string Send = "send";
    public const string Update = "update";
    public const string CreateConversation = "create_conversation";
}
