using Automation.Versioning;
using Automation.Versioning.Configuration;

namespace Automation.Tests.Versioning;

/// <summary>
/// The format keys (<c>assembly-versioning-format</c>, <c>assembly-file-versioning-format</c>,
/// <c>assembly-informational-format</c>) and GitVersion's placeholder syntax, replaying GitVersion's
/// StringFormatWithExtensionTests on the version variables.
/// </summary>
public sealed class FormatTests
{
    private static readonly Dictionary<string, string?> Values = new(StringComparer.Ordinal)
    {
        ["Major"] = "1",
        ["Minor"] = "2",
        ["Patch"] = "3",
        ["BranchName"] = "Feature/My Thing",
        ["CommitDate"] = "2024-03-15",
        ["PreReleaseNumber"] = string.Empty,
        ["VersionSourceSha"] = null,
    };

    private static string Format(string text, params (string Name, string Value)[] environment) =>
        VersionFormat.Parse("assembly-informational-format", "GitVersion.yml line 1", text)
            .Evaluate(Values, environment.ToDictionary(e => e.Name, e => e.Value, StringComparer.Ordinal));

    // GitVersion: StringFormatWithExtensionTests.FormatWithNoTokens, FormatWithSingleSimpleToken, FormatWithMultipleTokensAndVerbatimText
    [Theory]
    [InlineData("No-tokens", "No-tokens")]
    [InlineData("{Major}", "1")]
    [InlineData("{Major}.{Minor}.{Patch}-text", "1.2.3-text")]
    public void Variables_are_replaced(string format, string expected) => Assert.Equal(expected, Format(format));

    // GitVersion: StringFormatWithExtensionTests.FormatWithEnvVarToken, FormatWithEnvVarTokenWithFallback
    [Fact]
    public void Environment_variables_are_read() =>
        Assert.Equal("42.42", Format("{env:BUILD_ID}.{env:BUILD_ID ?? \"fallback\"}", ("BUILD_ID", "42")));

    // GitVersion: StringFormatWithExtensionTests.FormatWithUnsetEnvVarToken_WithFallback, FormatWithMissingPropertiesAndIntegerFallback
    [Theory]
    [InlineData("{env:UNSET ?? \"fallback\"}", "fallback")]
    [InlineData("{env:UNSET ?? 47}", "47")]
    [InlineData("{env:UNSET ?? \"\"}", "")]
    [InlineData("{env:UNSET  ??  Major}", "1")]
    [InlineData("{VersionSourceSha ?? env:UNSET ?? 0}", "0")]
    public void A_missing_value_takes_the_fallback(string format, string expected) => Assert.Equal(expected, Format(format));

    // GitVersion: StringFormatWithExtensionTests.FormatWithUnsetEnvVarToken_WithoutFallback
    [Fact]
    public void A_missing_environment_variable_without_fallback_is_an_error_naming_the_key_and_the_fix()
    {
        var exception = Assert.Throws<VersioningException>(() => Format("{Major}.{env:CI_JOB_ID}"));
        Assert.Contains("'assembly-informational-format'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("CI_JOB_ID", exception.Message, StringComparison.Ordinal);
        Assert.Contains("{env:CI_JOB_ID ?? \"0\"}", exception.Message, StringComparison.Ordinal);
    }

    // GitVersion: StringFormatWithExtensionTests.FormatWithMultipleFallbackChars, FormatWithSingleFallbackChar, FormatWithMultipleEnvChars
    [Theory]
    [InlineData("{env:X ??? \"fallback\"}", "malformed placeholder")]
    [InlineData("{env:X ? \"fallback\"}", "malformed placeholder")]
    [InlineData("{Major ??}", "nothing after '??'")]
    [InlineData("{\"open}", "no closing quote")]
    [InlineData("{en:X}", "not a version variable")]
    [InlineData("{NugetVersion}", "not a version variable")]
    [InlineData("{env:A B}", "malformed placeholder")]
    public void Malformed_placeholders_are_errors_with_the_line(string format, string expected)
    {
        var exception = Assert.Throws<VersioningException>(() => Format(format));
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.Contains("GitVersion.yml line 1", exception.Message, StringComparison.Ordinal);
    }

    // GitVersion: StringFormatWithExtensionTests.FormatWithPropertyAndEnvAndFormatters; custom formatting (NumericFormatter, StringFormatter, DateFormatter)
    [Theory]
    [InlineData("{BranchName:l}", "feature-my-thing")]
    [InlineData("{BranchName:u}", "FEATURE-MY-THING")]
    [InlineData("{BranchName:c}", "FeatureMyThing")]
    [InlineData("{Major:D4}.{Minor:0000}", "0001.0002")]
    [InlineData("{Patch:X2}", "03")]
    [InlineData("{CommitDate:yyyyMMdd}", "20240315")]
    [InlineData("{env:NAME:l}", "value")]
    public void Values_take_dotnet_and_case_formats(string format, string expected) =>
        Assert.Equal(expected, Format(format, ("NAME", "VALUE")));

    [Fact]
    public void Characters_invalid_in_assembly_attributes_become_dashes() =>
        Assert.Equal("1.2.3+Feature-My-Thing-x", Format("{Major}.{Minor}.{Patch}+{BranchName} x"));

    [Fact]
    public void The_formats_replace_the_variables_they_configure()
    {
        var repository = new TestRepository
        {
            Yaml = """
                assembly-versioning-format: '{Major}.{Minor}.{Patch}.{env:BUILD_ID ?? 0}'
                assembly-file-versioning-format: '{MajorMinorPatch}.{WeightedPreReleaseNumber}'
                assembly-informational-format: '{SemVer}+{ShortSha}-{AssemblySemVer}'
                """,
            Environment = new Dictionary<string, string> { ["BUILD_ID"] = "77" },
        }.TaggedCommit("1.0.0").Commits(2);
        var v = repository.Version();
        Assert.Equal(("1.0.1.77", "1.0.1.55002"), (v.AssemblySemVer, v.AssemblySemFileVer));
        Assert.Equal($"1.0.1-2+{repository.CurrentSha[..7]}-1.0.1.0", v.InformationalVersion);
        Assert.Equal("1.0.1-2", v.FullSemVer);
    }

    [Fact]
    public void An_unknown_variable_in_the_file_names_the_key_and_line()
    {
        var exception = Assert.Throws<VersioningException>(() => ConfigurationReader.Parse("mode: ContinuousDelivery\nassembly-versioning-format: '{Major}.{Build}'", "GitVersion.yml"));
        Assert.Contains("GitVersion.yml line 2: 'assembly-versioning-format' names {Build}", exception.Message, StringComparison.Ordinal);
        Assert.Contains("use one of Major, Minor", exception.Message, StringComparison.Ordinal);
    }
}
