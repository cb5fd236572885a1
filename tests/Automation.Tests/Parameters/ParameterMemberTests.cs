using Automation.Tests.Support;

namespace Automation.Tests.Parameters;

public sealed class ParameterMemberTests
{
    private abstract class BaseBuild : AutomationBuild
    {
        [Parameter] readonly string Inherited = "base";

        protected string InheritedValue => Inherited;
    }

    private sealed class Members : BaseBuild
    {
#pragma warning disable IDE0044 // The point is a field that is not readonly.
        [Parameter] string Field = "field";
#pragma warning restore IDE0044
        [Parameter] readonly string ReadonlyField = "readonly-field";
        [Parameter] public string SetterProperty { get; set; } = "setter";
        [Parameter] string PrivateSetter { get; set; } = "private-setter";
        [Parameter] string GetOnly { get; } = "get-only";
        [Parameter] int GetOnlyNumber { get; } = 1;

        Target Show => _ => _.Executes(() => Recorded.Values(
            ("field", Field), ("readonly-field", ReadonlyField), ("setter-property", SetterProperty), ("private-setter", PrivateSetter),
            ("get-only", GetOnly), ("get-only-number", GetOnlyNumber), ("inherited", InheritedValue)));
    }

    private static readonly string[] Names = ["field", "readonly-field", "setter-property", "private-setter", "get-only", "inherited"];

    [Fact]
    public void Initializers_of_every_member_kind_stay_when_nothing_is_given()
    {
        var run = BuildHarness.Run<Members>("show");

        Assert.Equal(["field=field", "readonly-field=readonly-field", "setter-property=setter", "private-setter=private-setter", "get-only=get-only", "get-only-number=1", "inherited=base"], run.Trace);
    }

    [Fact]
    public void Every_member_kind_is_set_from_the_command_line()
    {
        var run = BuildHarness.Run<Members>(["show", .. Names.SelectMany(n => new[] { "--" + n, "cli-" + n }), "--get-only-number", "7"]);

        Assert.Equal(0, run.ExitCode);
        Assert.All(Names, n => Assert.Equal("cli-" + n, run.Value(n)));
        Assert.Equal("7", run.Value("get-only-number"));
    }

    [Fact]
    public void Every_member_kind_is_set_from_the_environment()
    {
        var variables = Names.ToDictionary(n => n.Replace('-', '_').ToUpperInvariant(), n => "env-" + n);

        var run = BuildHarness.Run<Members>(new BuildOptions { Variables = variables }, "show");

        Assert.All(Names, n => Assert.Equal("env-" + n, run.Value(n)));
    }

    [Fact]
    public void Every_member_kind_is_set_from_parameters_json()
    {
        using var repo = new TestRepository();
        repo.WriteFile(".nuke/parameters.json", """
            { "Field": "f", "ReadonlyField": "rf", "SetterProperty": "sp", "PrivateSetter": "ps", "GetOnly": "go", "GetOnlyNumber": 9, "Inherited": "in" }
            """);

        var run = BuildHarness.Run<Members>(new BuildOptions { Repository = repo }, "show");

        Assert.Equal(["field=f", "readonly-field=rf", "setter-property=sp", "private-setter=ps", "get-only=go", "get-only-number=9", "inherited=in"], run.Trace);
    }
}
