using Automation.Tests.Support;

namespace Automation.Tests.Session;

public sealed class SetupFailureTests
{
    private sealed class ThrowingDefinition : AutomationBuild
    {
        Target Compile => _ => _.Executes(() => Trace.Record("compile"));

        Target Broken => _ => _.DependsOn(Compile).Description(Describe());

        private static string Describe() => throw new InvalidOperationException("description file missing");
    }

    [Fact]
    public void A_target_definition_that_throws_is_a_configuration_error_not_a_crash()
    {
        using var repo = new TestRepository();

        var run = BuildHarness.Run<ThrowingDefinition>(new BuildOptions { Repository = repo }, "compile");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Trace);
        Assert.Contains("error: The build could not be set up: InvalidOperationException: description file missing", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
        Assert.Contains("   at ", run.Log, StringComparison.Ordinal);
    }
}
