using System.Text.RegularExpressions;
using Automation.Components;
using Automation.IntegrationTests.Components.Support;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Components.Linting;

/// <summary>The <c>lint</c> and <c>format</c> component targets on a sample with real findings.</summary>
[CiSeconds(110)]
public sealed class LintTests
{
    private const string Misformatted = """
        namespace Sample.Library;

        public static class Misformatted
        {
        public static int Answer( ) {return 42;}
        }

        """;

    private const string Warning = """
        namespace Sample.Library;

        public static class Unused
        {
            public static int Answer()
            {
                int unused = 1;
                return 42;
            }
        }

        """;

    [Fact]
    public void Lint_names_the_file_and_rule_and_format_fixes_it()
    {
        using var sample = ComponentSample.Create();
        sample.Write("src/Sample.Library/Misformatted.cs", Misformatted);

        var failed = sample.Run<PipelineBuild>("lint").AssertExitCode(1);
        var formatted = sample.Run<PipelineBuild>("format").AssertExitCode(0);
        var clean = sample.Run<PipelineBuild>("lint").AssertExitCode(0);

        Assert.Matches(@"Target 'lint' failed: \d+ formatting, style or analyzer findings in 1 files: src/Sample\.Library/Misformatted\.cs \(WHITESPACE\)\. Run './build.sh format'", failed.Output);
        Assert.Contains("public static int Answer() { return 42; }", File.ReadAllText(sample.PathOf("src/Sample.Library/Misformatted.cs")), StringComparison.Ordinal);
        Assert.Contains("lint", clean.Output, StringComparison.Ordinal);
        Assert.Equal(0, formatted.ExitCode);
    }

    [Fact]
    public void In_report_mode_lint_and_compile_pass_and_note_their_findings_and_warnings()
    {
        using var sample = ComponentSample.Create();
        sample.Write("src/Sample.Library/Misformatted.cs", Misformatted);
        sample.Write("src/Sample.Library/Unused.cs", Warning);

        var run = sample.Run<ReportingBuild>("lint").AssertExitCode(0);

        Assert.Matches(@"\d+ formatting, style or analyzer findings in \d+ files \(report only: lint does not fail while ILint\.FailOnFindings is false\):", run.Output);
        Assert.Matches(@"\n +src/Sample\.Library/Misformatted\.cs \(WHITESPACE", run.Output);
        // A duration is "40.3 s" or, on a loaded machine, "1:00 min".
        Assert.Matches(@"\nlint +Succeeded +\S+ (s|min) +\d+ findings \(report only\)\n", run.Output);
        // Counted by code; another warning the machine's SDK may add (a build server's, say) does not hide this one.
        Assert.True(Regex.IsMatch(run.Output, @"\ncompile +Succeeded +\S+ (s|min) +\d+ warnings? \([^)\n]*CS0219 x1"), run.Output);
    }

    [Fact]
    public void A_compiler_warning_fails_lint_through_a_build_with_warnings_as_errors()
    {
        using var sample = ComponentSample.Create();
        sample.Write("src/Sample.Library/Unused.cs", Warning);

        var run = sample.Run<PipelineBuild>("lint").AssertExitCode(1);

        Assert.Contains("error CS0219", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"\ncompile +Failed", run.Output);
    }

    private sealed class ReportingBuild : AutomationBuild, ILint
    {
        bool ILint.FailOnFindings => false;

        bool ICompile.WarningsAsErrors => false;
    }
}
