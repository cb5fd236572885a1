using Automation.Tests.Support;

namespace Automation.Tests.Execution;

/// <summary>A failed command's summary note is its first MSBuild-format error, not its command line.</summary>
public sealed class FailureNoteTests
{
    private const string BuildOutput = """
          Determining projects to restore...
        /ROOT/src/A.cs(3,5): warning CS0168: The variable 'e' is declared but never used [/ROOT/src/A.csproj]
        /ROOT/src/A.cs(12,17): error CS0103: The name 'x' does not exist in the current context [/ROOT/src/A.csproj]
        /ROOT/src/B.cs(1,1): error CS1022: Type or namespace definition, or end-of-file expected [/ROOT/src/A.csproj]

        Build FAILED.
        """;

    private sealed class Compiling : AutomationBuild
    {
        Target Compile => _ => _.Executes(ctx => throw Failed(ctx, BuildOutput.Replace("/ROOT", ctx.RootDirectory, StringComparison.Ordinal)));
    }

    private sealed class Crashing : AutomationBuild
    {
        Target Compile => _ => _.Executes(ctx => throw Failed(ctx, "Unhandled exception: something broke\n"));
    }

    [Fact]
    public void A_failed_compile_notes_its_first_error_relative_to_the_root()
    {
        var run = BuildHarness.Run<Compiling>("compile");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"\ncompile +Failed +[0-9.]+ s +src/A\.cs\(12,17\): error CS0103: The name 'x' does not exist in the current context\n", run.Output);
    }

    [Fact]
    public void A_failed_command_without_msbuild_errors_notes_the_failure_as_before()
    {
        var run = BuildHarness.Run<Crashing>("compile");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"\ncompile +Failed +[0-9.]+ s +Command failed \(exit code 1\): dotnet build \(in ", run.Output);
    }

    private static ProcessFailedException Failed(ITargetContext ctx, string output) =>
        new(new CommandResult("dotnet build", 1, output, string.Empty, TimeSpan.Zero), ctx.RootDirectory, "exit code 1", []);
}
