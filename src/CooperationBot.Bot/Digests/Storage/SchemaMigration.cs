namespace CooperationBot.Bot.Digests.Storage;

/// <summary>One step of a database schema: applied once, in version order, recorded in <c>schema_migrations</c>.</summary>
/// <param name="Version">The step's number; versions only grow and a released step never changes.</param>
/// <param name="Name">A short description of the step.</param>
/// <param name="Sql">The statements of the step.</param>
public sealed record SchemaMigration(int Version, string Name, string Sql);
