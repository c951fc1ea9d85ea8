using System.Reflection;
using CooperationBot.Protocol.Authentication;

namespace CooperationBot.Protocol.Tests.Telemetry;

public sealed class AuthFailureClassTests
{
    private static IEnumerable<string> AllReasons() =>
        typeof(ChannelAuthFailures).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetValue(null)!);

    public static TheoryData<string> Reasons() => new(AllReasons());

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Of_EveryFailureReason_HasAShortClassOfItsOwn(string reason)
    {
        var reasonClass = AuthFailureClass.Of(reason);

        Assert.NotEqual("other", reasonClass);
        Assert.Matches("^[a-z_]+$", reasonClass);
    }

    [Fact]
    public void Of_EveryFailureReason_ClassesAreDistinct()
    {
        var classes = AllReasons().Select(AuthFailureClass.Of).ToList();

        Assert.Equal(classes.Count, classes.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.payload.signature")]
    public void Of_AnyOtherText_IsOther(string? reason) => Assert.Equal("other", AuthFailureClass.Of(reason));
}
