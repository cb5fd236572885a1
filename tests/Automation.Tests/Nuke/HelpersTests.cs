using Automation.Tests.Support;
using NukeAssert = Automation.Assert;

namespace Automation.Tests.Nuke;

/// <summary>NUKE's helpers: assertions, control flow, string and collection extensions.</summary>
public sealed class HelpersTests
{
    private sealed class Flaky : AutomationBuild
    {
        private int _attempts;

        Target Upload => _ => _.Executes(() =>
        {
            ControlFlow.ExecuteWithRetry(() =>
            {
                if (++_attempts < 3)
                {
                    throw new IOException($"connection reset {_attempts}");
                }
            });
            var fallback = ControlFlow.SuppressErrors(() => int.Parse("not a number", System.Globalization.CultureInfo.InvariantCulture), -1);
            Trace.Record($"{_attempts} attempts, fallback {fallback}");
        });

        Target Verify => _ => _.Executes(() =>
        {
            string? missing = null;
            Trace.Record($"length {missing.NotNull().Length}");
        });
    }

    [Fact]
    public void ExecuteWithRetry_warns_per_failed_attempt_and_SuppressErrors_warns_and_falls_back()
    {
        var run = BuildHarness.Run<Flaky>("upload");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["3 attempts, fallback -1"], run.Trace);
        Assert.Contains("Attempt 1 of 3 failed (connection reset 1); trying again.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Attempt 2 of 3 failed (connection reset 2)", run.Output, StringComparison.Ordinal);
        Assert.Contains("FormatException", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void NotNull_fails_the_target_naming_the_expression()
    {
        var run = BuildHarness.Run<Flaky>("verify");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Expected a value, but missing is null", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Assertions_return_their_value_or_name_what_failed()
    {
        Assert.Equal(new[] { 1, 2 }, new[] { 1, 2 }.NotEmpty());
        Assert.Equal("x", new[] { "x" }.HasSingleItem());
        var count = Assert.Throws<InvalidOperationException>(() => new[] { 1, 2 }.Count(3));
        Assert.Equal("Expected 3 items in new[] { 1, 2 }, but found 2", count.Message);
        Assert.Equal(["a", "b"], NukeAssert.Count("a|b".Split('|'), length: 2));
        var two = 2;
        var condition = Assert.Throws<InvalidOperationException>(() => NukeAssert.True(two > 3));
        Assert.Equal("Assertion failed: two > 3", condition.Message);
        Assert.Throws<InvalidOperationException>(() => NukeAssert.FileExists("/no/such/file"));
        Assert.Throws<InvalidOperationException>(() => ControlFlow.Fail("stop"));
    }

    [Fact]
    public void Concat_adds_single_items_and_a_sequence_still_goes_to_LINQ()
    {
        string[] lines = ["- b", "- a"];

        Assert.Equal(["- a", "- b", "- c"], lines.Concat("- c").Order(StringComparer.Ordinal));
        Assert.Equal(["- b", "- a", "x", "y"], lines.Concat(new List<string> { "x", "y" }));
    }

    [Fact]
    public void IsEmpty_and_a_read_only_view_of_environment_variables()
    {
        Assert.True(Array.Empty<string>().IsEmpty());
        Assert.False(new[] { "a" }.IsEmpty());

        var variables = new Dictionary<string, string> { ["A"] = "1" };
        var view = variables.SetKeyValue("GH_TOKEN", "t").AsReadOnly();
        variables["B"] = "2";

        Assert.Equal(["A", "B", "GH_TOKEN"], view.Keys.Order(StringComparer.Ordinal));
        Assert.False(view is IDictionary<string, string> { IsReadOnly: false });
    }

    [Fact]
    public void ForEachLazy_runs_the_action_only_as_the_items_are_read()
    {
        var seen = new List<int>();

        var lazy = new[] { 1, 2, 3 }.ForEachLazy(seen.Add);

        Assert.Empty(seen);
        Assert.Equal([1, 2], lazy.Take(2));
        Assert.Equal([1, 2], seen);
    }

    [Fact]
    public void Strings_join_and_quote_as_NUKE_does()
    {
        string[] names = ["a", "b"];
        Assert.Equal("a, b", names.JoinComma());
        Assert.Equal("a b", names.JoinSpace());
        Assert.Equal("a\nb", names.JoinNewLine());
        Assert.Equal("a|b", names.Join("|"));
        Assert.Equal("a and b", names.JoinCommaAnd());
        Assert.Equal("Ada, Grace, and Linus", new[] { "Ada", "Grace", "Linus" }.JoinCommaAnd());
        Assert.Equal("Ada", new[] { "Ada" }.JoinCommaAnd());
        Assert.Equal("plain", "plain".DoubleQuoteIfNeeded());
        Assert.Equal("\"Ada Lovelace\"", "Ada Lovelace".DoubleQuote());
        Assert.Equal("'x'", "x".SingleQuote());
        Assert.Equal("\"with space\"", "with space".DoubleQuoteIfNeeded());
        Assert.Equal("\"say \\\"hi\\\"\"", "say \"hi\"".DoubleQuoteIfNeeded());
        Assert.True(((string?)null).IsNullOrEmpty());
        Assert.True(" ".IsNullOrWhiteSpace());
        var seen = new List<string>();
        Assert.Equal(names, names.ForEach(seen.Add));
        Assert.Equal(names, seen);
    }

    [Fact]
    public void An_interpolated_command_line_quotes_each_value_as_one_argument()
    {
        var path = "/tmp/my app/App.csproj";
        ArgumentStringHandler handler = $"build {path} -c {"Release"} {"--no-restore --nologo":nq}";

        Assert.Equal(["build", path, "-c", "Release", "--no-restore", "--nologo"], Automation.Processes.CommandLineText.Split(handler.ToStringAndClear()));
    }
}
