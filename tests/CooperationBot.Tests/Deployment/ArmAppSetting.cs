namespace CooperationBot.Tests.Deployment;

/// <summary>One app setting in a compiled ARM template: its name and its value as the template has it (an ARM expression or a literal).</summary>
/// <param name="Name">The setting's name, e.g. <c>Bot__PublicBaseUrl</c>.</param>
/// <param name="Value">The value's ARM expression, e.g. <c>'UserAssignedMSI'</c> or <c>variables('effectivePublicBaseUrl')</c>.</param>
public sealed record ArmAppSetting(string Name, string Value);
