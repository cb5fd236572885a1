using Automation.Tests.Support;

namespace Automation.Tests.Parameters;

public sealed class ParameterArrayTests
{
    private sealed class Arrays : AutomationBuild
    {
        [Parameter] readonly string[] Items = ["x"];
        [Parameter] readonly int[] Numbers = [];

        Target Show => _ => _.Executes(() => Recorded.Values(("items", Items), ("numbers", Numbers)));
    }

    private static string Items(params string[] args)
    {
        var run = BuildHarness.Run<Arrays>(["show", .. args]);
        Assert.True(run.ExitCode == 0, run.Output);
        return run.Value("items");
    }

    [Fact]
    public void Initializer_stays_when_nothing_is_given() => Assert.Equal("[x]", Items());

    [Fact]
    public void Several_words_after_the_option() => Assert.Equal("[a,b,c]", Items("--items", "a", "b", "c"));

    [Fact]
    public void Comma_separated() => Assert.Equal("[a,b,c]", Items("--items", "a,b,c"));

    [Fact]
    public void Comma_separated_after_equals() => Assert.Equal("[a,b]", Items("--items=a,b"));

    [Fact]
    public void Repeated_option_collects_every_value() => Assert.Equal("[a,b,c]", Items("--items", "a", "--items", "b,c"));

    [Fact]
    public void The_words_end_at_the_next_option()
    {
        var run = BuildHarness.Run<Arrays>("show", "--items", "a", "b", "--numbers", "1,2", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("[a,b]", run.Value("items"));
        Assert.Equal("[1,2,3]", run.Value("numbers"));
    }

    [Fact]
    public void Comma_separated_in_the_environment()
    {
        var run = BuildHarness.Run<Arrays>(new BuildOptions { Variables = new Dictionary<string, string> { ["NUMBERS"] = "4, 5" } }, "show");

        Assert.Equal("[4,5]", run.Value("numbers"));
    }

    [Fact]
    public void Json_array_in_parameters_json()
    {
        using var repo = new TestRepository();
        repo.WriteFile(".nuke/parameters.json", """{ "Items": ["a", "b"], "Numbers": [1, 2] }""");

        var run = BuildHarness.Run<Arrays>(new BuildOptions { Repository = repo }, "show");

        Assert.Equal("[a,b]", run.Value("items"));
        Assert.Equal("[1,2]", run.Value("numbers"));
    }

    [Fact]
    public void A_bad_element_is_a_usage_error_naming_it()
    {
        var run = BuildHarness.Run<Arrays>("show", "--numbers", "1", "two");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Invalid value 'two' for parameter --numbers", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Trace);
    }
}
