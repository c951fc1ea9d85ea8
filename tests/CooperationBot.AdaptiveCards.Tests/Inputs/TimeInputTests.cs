using CooperationBot.Testing.Json;

namespace CooperationBot.AdaptiveCards.Tests.Inputs;

public sealed class TimeInputTests
{
    [Fact]
    public void Serialize_Times_WritesHourMinute()
    {
        var input = new TimeInput("at") { Value = new TimeOnly(7, 5, 59), Min = new TimeOnly(0, 0), Max = new TimeOnly(23, 59) };

        JsonAssert.Equivalent(
            """{"type":"Input.Time","id":"at","value":"07:05","min":"00:00","max":"23:59"}""",
            CardTestJson.Element(input));
    }

    [Fact]
    public void Serialize_NoTimes_LeavesThemOut()
    {
        JsonAssert.Equivalent("""{"type":"Input.Time","id":"at"}""", CardTestJson.Element(new TimeInput("at")));
    }
}
