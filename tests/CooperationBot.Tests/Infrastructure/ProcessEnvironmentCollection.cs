namespace CooperationBot.Tests.Infrastructure;

/// <summary>
/// Tests that change the test process's environment variables (<see cref="EnvironmentScope"/>): they run alone, after
/// the parallel tests, so no other test sees the variables.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Process environment";
}
