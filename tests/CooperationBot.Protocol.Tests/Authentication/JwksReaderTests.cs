using System.Text.Json;
using CooperationBot.Protocol.Authentication;
using CooperationBot.Testing.Authentication;

namespace CooperationBot.Protocol.Tests.Authentication;

public sealed class JwksReaderTests
{
    [Fact]
    public void Read_MixedEntries_KeepsRsaSigningKeysWithEndorsements()
    {
        var teams = TestSigningKey.ForTeams("teams");
        var bare = new TestSigningKey("bare", null);
        var encryption = TestSigningKey.ForTeams("encryption");
        var duplicate = new TestSigningKey("teams", ["webchat"]);
        var encryptionJwk = encryption.ToJwk();
        encryptionJwk["use"] = "enc";
        var noKid = teams.ToJwk();
        noKid.Remove("kid");
        var json = $$"""{"keys":[{{teams.ToJwk()}},{{bare.ToJwk()}},{{encryptionJwk}},{{duplicate.ToJwk()}},{{noKid}},42]}""";
        using var document = JsonDocument.Parse(json);

        var keys = JwksReader.Read(document.RootElement, out var skipped);

        Assert.Equal(["bare", "teams"], keys.Keys.Order());
        Assert.Equal(["msteams"], keys["teams"].Endorsements);
        Assert.Empty(keys["bare"].Endorsements);
        Assert.Equal(4, skipped);
    }

    [Fact]
    public void Read_EndorsementsWithNonStrings_KeepsOnlyNonEmptyStrings()
    {
        var key = TestSigningKey.ForTeams("k");
        var jwk = key.ToJwk();
        jwk["endorsements"] = JsonSerializer.SerializeToNode(new object?[] { "msteams", 1, null, "", "webchat" });
        using var document = JsonDocument.Parse($$"""{"keys":[{{jwk}}]}""");

        var keys = JwksReader.Read(document.RootElement, out _);

        Assert.Equal(["msteams", "webchat"], keys["k"].Endorsements);
        Assert.True(keys["k"].IsEndorsedFor("webchat"));
        Assert.False(keys["k"].IsEndorsedFor("WEBCHAT"));
    }

    [Fact]
    public void Read_NoKeysArray_Throws()
    {
        using var document = JsonDocument.Parse("""{"keys":"none"}""");

        Assert.Throws<InvalidDataException>(() => JwksReader.Read(document.RootElement, out _));
    }
}
