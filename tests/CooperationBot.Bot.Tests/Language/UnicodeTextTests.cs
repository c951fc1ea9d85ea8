using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Tests.Language;

public class UnicodeTextTests
{
    [Fact]
    public void Decompose_AccentedText_SplitsLetterAndMark()
    {
        Assert.Equal("Maro\u0301kko", UnicodeText.Decompose("Mar\u00F3kko"));
    }

    // Found by the fuzzer (issue 8): string.Normalize throws on U+FFFE and lone surrogates, and users can send them.
    // (Built from code units: attribute strings cannot hold lone surrogates.)
    [Theory]
    [InlineData(new[] { 'a', '\uFFFE', 'b' }, "a\uFFFDb")]
    [InlineData(new[] { 'a', (char)0xD800, 'b' }, "a\uFFFDb")]
    [InlineData(new[] { (char)0xDC00, '\u00E9' }, "\uFFFDe\u0301")]
    [InlineData(new[] { (char)0xD83D, (char)0xDE00, (char)0xD83D }, "\U0001F600\uFFFD")]
    public void Decompose_InvalidCodePoints_ReplacedInsteadOfThrowing(char[] text, string expected)
    {
        Assert.Equal(expected, UnicodeText.Decompose(new string(text)));
    }
}
