using System.Globalization;
using Automation.Tests.Support;

namespace Automation.Tests.Parameters;

public sealed class ParameterTypeTests
{
    private enum Flavor
    {
        Debug,
        Release,
        ReleaseCandidate,
    }

    private sealed class Types : AutomationBuild
    {
        [Parameter] readonly string Text = "initial";
        [Parameter] readonly bool Flag = false;
        [Parameter] readonly int Count = 1;
        [Parameter] readonly long Big = 2;
        [Parameter] readonly double Ratio = 0.5;
        [Parameter] readonly Flavor Flavor = Flavor.Debug;
        [Parameter] readonly int? Limit = null;
        [Parameter] readonly bool? Sign = null;

        Target Show => _ => _.Executes(() => Recorded.Values(
            ("text", Text), ("flag", Flag), ("count", Count), ("big", Big), ("ratio", Ratio), ("flavor", Flavor), ("limit", Limit), ("sign", Sign)));

        Target Pack => _ => _.Executes(() => Trace.Record("pack"));
    }

    private static BuildRun Show(string args) => BuildHarness.Run<Types>(["show", .. args.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

    private static string Value(string args, string name)
    {
        var run = Show(args);
        Assert.True(run.ExitCode == 0, run.Output);
        return run.Value(name);
    }

    [Fact]
    public void Initializers_stay_when_nothing_is_given()
    {
        var run = Show(string.Empty);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["text=initial", "flag=false", "count=1", "big=2", "ratio=0.5", "flavor=Debug", "limit=<null>", "sign=<null>"], run.Trace);
    }

    [Theory]
    [InlineData("--text hello", "hello")]
    [InlineData("--text=hello", "hello")]
    [InlineData("--text=a=b", "a=b")]
    public void String_values(string args, string expected) => Assert.Equal(expected, Value(args, "text"));

    [Theory]
    [InlineData("--flag", "true")]
    [InlineData("--flag true", "true")]
    [InlineData("--flag false", "false")]
    [InlineData("--flag=false", "false")]
    [InlineData("--flag=true", "true")]
    [InlineData("--flag FALSE", "false")]
    public void Bool_values(string args, string expected) => Assert.Equal(expected, Value(args, "flag"));

    [Fact]
    public void A_bare_flag_followed_by_a_target_name_still_invokes_the_target()
    {
        var run = BuildHarness.Run<Types>("show", "--flag", "pack");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("true", run.Value("flag"));
        Assert.Contains("pack", run.Trace);
    }

    [Theory]
    [InlineData("--count 42", "42")]
    [InlineData("--count=42", "42")]
    [InlineData("--count -3", "-3")]
    public void Int_values(string args, string expected) => Assert.Equal(expected, Value(args, "count"));

    [Fact]
    public void Long_takes_values_beyond_int() => Assert.Equal("9000000000", Value("--big 9000000000", "big"));

    [Fact]
    public void Double_uses_the_invariant_culture_whatever_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal("2.75", Value("--ratio 2.75", "ratio"));
            Assert.Equal(2, Show("--ratio 2,75").ExitCode);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("release", "Release")]
    [InlineData("RELEASE", "Release")]
    [InlineData("Release", "Release")]
    [InlineData("release-candidate", "ReleaseCandidate")]
    [InlineData("releasecandidate", "ReleaseCandidate")]
    public void Enum_ignores_case_and_dashes(string text, string expected) => Assert.Equal(expected, Value("--flavor " + text, "flavor"));

    [Theory]
    [InlineData("--limit 7", "limit", "7")]
    [InlineData("--sign", "sign", "true")]
    [InlineData("--sign false", "sign", "false")]
    [InlineData("--sign=false", "sign", "false")]
    public void Nullables(string args, string name, string expected) => Assert.Equal(expected, Value(args, name));

    [Fact]
    public void Every_type_converts_from_the_environment_too()
    {
        var variables = new Dictionary<string, string>
        {
            ["TEXT"] = "env",
            ["FLAG"] = "true",
            ["COUNT"] = "5",
            ["BIG"] = "9000000000",
            ["RATIO"] = "1.25",
            ["FLAVOR"] = "release-candidate",
            ["LIMIT"] = "3",
            ["SIGN"] = "false",
        };

        var run = BuildHarness.Run<Types>(new BuildOptions { Variables = variables }, "show");

        Assert.Equal(["text=env", "flag=true", "count=5", "big=9000000000", "ratio=1.25", "flavor=ReleaseCandidate", "limit=3", "sign=false"], run.Trace);
    }

    [Fact]
    public void Every_type_converts_from_parameters_json_too()
    {
        using var repo = new TestRepository();
        repo.WriteFile(".nuke/parameters.json", """
            { "Text": "file", "Flag": true, "Count": 5, "Big": 9000000000, "Ratio": 1.25, "Flavor": "Release", "Limit": 3, "Sign": false }
            """);

        var run = BuildHarness.Run<Types>(new BuildOptions { Repository = repo }, "show");

        Assert.Equal(["text=file", "flag=true", "count=5", "big=9000000000", "ratio=1.25", "flavor=Release", "limit=3", "sign=false"], run.Trace);
    }
}
