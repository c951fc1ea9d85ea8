using System.Globalization;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Testing;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CooperationBot.Bot.Tests.Answering;

/// <summary>
/// Loads knowledge for the answering tests: the fixture in TestData/knowledge.yaml (curated by hand from the
/// shared source in the shape of knowledge/knowledge.yaml, whose keys are snake_case property names).
/// </summary>
internal static class TestKnowledge
{
    private static readonly Lazy<KnowledgeSnapshot> Fixture = new(() => Load(TestDataPath("knowledge.yaml"), "fixture-1"));

    public static KnowledgeSnapshot Snapshot => Fixture.Value;

    public static string TestDataPath(string file) =>
        Path.Combine(RepositoryRoot.Directory.FullName, "tests", "CooperationBot.Bot.Tests", "Answering", "TestData", file);

    public static KnowledgeSnapshot Load(string path, string version)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .WithTypeConverter(new DateOnlyConverter())
            .WithTypeMapping<IReadOnlyList<string>, List<string>>()
            .WithTypeMapping<IReadOnlyList<LocalizedText>, List<LocalizedText>>()
            .WithTypeMapping<IReadOnlyList<SourceDocument>, List<SourceDocument>>()
            .WithTypeMapping<IReadOnlyList<Topic>, List<Topic>>()
            .WithTypeMapping<IReadOnlyList<Person>, List<Person>>()
            .WithTypeMapping<IReadOnlyList<Organisation>, List<Organisation>>()
            .WithTypeMapping<IReadOnlyList<Fact>, List<Fact>>()
            .WithTypeMapping<IReadOnlyList<Figure>, List<Figure>>()
            .WithTypeMapping<IReadOnlyList<Quote>, List<Quote>>()
            .WithTypeMapping<IReadOnlyList<Visit>, List<Visit>>()
            .WithTypeMapping<IReadOnlyList<SourceRef>, List<SourceRef>>()
            .Build();
        var knowledge = deserializer.Deserialize<KnowledgeBase>(File.ReadAllText(path));
        return new KnowledgeSnapshot(knowledge, version, DateTimeOffset.UnixEpoch, path);
    }

    private sealed class DateOnlyConverter : IYamlTypeConverter
    {
        public bool Accepts(Type type) => type == typeof(DateOnly) || type == typeof(DateOnly?);

        public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer) =>
            DateOnly.ParseExact(parser.Consume<Scalar>().Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
            throw new NotSupportedException();
    }
}
