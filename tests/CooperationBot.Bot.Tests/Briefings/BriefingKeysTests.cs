using CooperationBot.Bot.Briefings;

namespace CooperationBot.Bot.Tests.Briefings;

public sealed class BriefingKeysTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cooperationbot-key-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void LoadOrCreate_NoFile_CreatesAKeyOnceOwnerOnlyAndReusesIt()
    {
        var path = Path.Combine(_dir, ".data", "briefing-signing.key");

        var first = BriefingKeys.LoadOrCreate(path);
        var second = BriefingKeys.LoadOrCreate(path);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Key, second.Key);
        Assert.True(BriefingKeys.TryDecode(first.Key, out var key));
        Assert.Equal(32, key.Length);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void LoadOrCreate_ManyAtOnce_AllGetTheOneStoredKey()
    {
        var path = Path.Combine(_dir, "briefing-signing.key");

        var keys = Enumerable.Range(0, 8).AsParallel().Select(_ => BriefingKeys.LoadOrCreate(path)).ToList();

        Assert.Single(keys.Select(k => k.Key).Distinct());
        Assert.Equal(File.ReadAllText(path), keys[0].Key);
        Assert.Single(Directory.GetFiles(_dir));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64")]
    [InlineData("c2hvcnQ=")]
    [InlineData("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZQ==")]
    public void TryDecode_MissingInvalidOrShorterThan32Bytes_False(string? key)
    {
        Assert.False(BriefingKeys.TryDecode(key, out _));
    }

    [Fact]
    public void TryDecode_32Bytes_True()
    {
        Assert.True(BriefingKeys.TryDecode(Convert.ToBase64String(new byte[32]), out var key));
        Assert.Equal(32, key.Length);
    }
}
