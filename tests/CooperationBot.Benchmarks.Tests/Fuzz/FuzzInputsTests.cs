using System.Text;
using CooperationBot.Benchmarks.Fuzz;

namespace CooperationBot.Benchmarks.Tests.Fuzz;

public sealed class FuzzInputsTests
{
    private static readonly FuzzTarget Target = new("http://127.0.0.1:1/", 256 * 1024);

    // Replay depends on it: request seed:index is the same whenever it is made.
    [Fact]
    public void Create_SameSeedAndIndex_SameRequest()
    {
        for (var index = 0; index < 200; index++)
        {
            var first = FuzzInputs.Create(5, index, Target);
            var again = FuzzInputs.Create(5, index, Target);

            Assert.Equal(first.Class, again.Class);
            Assert.Equal(first.Variant, again.Variant);
            Assert.Equal(first.Body, again.Body);
        }
    }

    [Fact]
    public void Create_OtherSeed_OtherRequests()
    {
        var first = Enumerable.Range(0, 50).Select(i => FuzzInputs.Create(1, i, Target).Variant);
        var other = Enumerable.Range(0, 50).Select(i => FuzzInputs.Create(2, i, Target).Variant);

        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Create_OversizedBody_IsOverTheLimit()
    {
        var oversized = Enumerable.Range(0, 2_000).Select(i => FuzzInputs.Create(3, i, Target)).Where(r => r.Class == FuzzClass.OversizedBody).ToList();

        Assert.NotEmpty(oversized);
        Assert.All(oversized, r => Assert.True(r.Body.Length > Target.BodyLimitBytes, r.Variant));
    }

    [Fact]
    public void Create_DeepNesting_ReachesTenThousandLevels()
    {
        var deepest = Enumerable.Range(0, 3_000).Select(i => FuzzInputs.Create(3, i, Target))
            .Where(r => r.Class == FuzzClass.DeepNesting)
            .Max(r => Encoding.UTF8.GetString(r.Body).Count(c => c is '[' or '{'));

        Assert.True(deepest >= 10_000, $"deepest: {deepest}");
    }
}
