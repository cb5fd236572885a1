using Automation.Core;

namespace Automation.Tests.Parameters;

/// <summary>The masker masks a multi-line secret line by line (output is masked a line at a time), each line without the
/// indentation a tool may change; lines too short to be secret on their own, and short values, are not masked.</summary>
public sealed class SecretMaskerTests
{
    private const string Json = "{\n  \"type\": \"service_account\",\n  \"private_key_id\": \"4f1c0e9a77\",\n  \"client_id\": \"1089\"\n}\n";

    [Fact]
    public void Each_line_of_a_multi_line_secret_is_masked_on_its_own()
    {
        var masker = new SecretMasker();
        masker.Add(Json);

        Assert.Equal("***", masker.Apply("\"type\": \"service_account\","));
        Assert.Equal("    ***", masker.Apply("    \"private_key_id\": \"4f1c0e9a77\","));
        Assert.Equal("***", masker.Apply(Json));
        Assert.Equal("***\r\n***", masker.Apply("\"type\": \"service_account\",\r\n\"private_key_id\": \"4f1c0e9a77\","));
    }

    [Fact]
    public void Short_lines_of_a_multi_line_secret_and_short_values_mask_nothing()
    {
        var masker = new SecretMasker();
        masker.Add(Json);
        masker.Add("-");
        masker.Add("1234567");

        Assert.Equal("{ 1089 } dotnet-child 1234567", masker.Apply("{ 1089 } dotnet-child 1234567"));
    }

    [Theory]
    [InlineData("1234567", true)]
    [InlineData("  1234567  ", true)]
    [InlineData("12345678", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Values_shorter_than_eight_characters_are_too_short(string? value, bool tooShort) =>
        Assert.Equal(tooShort, SecretMasker.IsTooShort(value));
}
