using Automation.Components;
using Automation.Tests.Tools.Resolution;

namespace Automation.Tests.Components;

/// <summary><see cref="ILint.FailOnFindings"/>: the same findings fail lint, or, in report mode, are listed (bounded) and noted.</summary>
public sealed class LintReportTests
{
    private const string Root = "/repo";

    private sealed class Linted : AutomationBuild, ILint;

    private sealed class ReportOnly : AutomationBuild, ILint
    {
        bool ILint.FailOnFindings => false;
    }

    // 25 files with two whitespace findings each and one analyzer finding, each printed twice (two target frameworks).
    private static CommandResult FormatOutput()
    {
        var lines = Enumerable.Range(1, 25).SelectMany(file => new[]
        {
            $"{Root}/src/File{file:00}.cs(3,5): error WHITESPACE: Fix whitespace formatting. [{Root}/src/Lib.csproj]",
            $"{Root}/src/File{file:00}.cs(4,1): error WHITESPACE: Fix whitespace formatting. [{Root}/src/Lib.csproj]",
            $"{Root}/src/File{file:00}.cs(7,9): warning CA1822: Member 'Run' does not access instance data. [{Root}/src/Lib.csproj]",
        }).ToList();
        return new CommandResult("dotnet format", 2, string.Join('\n', lines.Concat(lines)), string.Empty, TimeSpan.Zero);
    }

    [Fact]
    public void Findings_fail_lint_by_default()
    {
        Assert.True(((ILint)new Linted()).FailOnFindings);
        Assert.False(((ILint)new ReportOnly()).FailOnFindings);

        var failure = Assert.Throws<InvalidOperationException>(() => FormatFindings.ThrowIfAny(FormatOutput(), AbsolutePath.Create(Root)));

        Assert.StartsWith("75 formatting, style or analyzer findings in 25 files: src/File01.cs (CA1822, WHITESPACE); ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_mode_warns_with_the_first_twenty_files_by_rule_and_notes_the_count()
    {
        var ctx = new RecordingContext(Root);

        var note = FormatFindings.Report(ctx, FormatOutput(), AbsolutePath.Create(Root));

        Assert.Equal("75 findings (report only)", note);
        var warning = Assert.Single(ctx.Messages).ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("75 formatting, style or analyzer findings in 25 files (report only: lint does not fail while ILint.FailOnFindings is false):", warning[0]);
        Assert.Equal("  src/File01.cs (CA1822, WHITESPACE x2)", warning[1]);
        Assert.Equal("  src/File20.cs (CA1822, WHITESPACE x2)", warning[20]);
        Assert.Equal("  ... and 5 more files", warning[21]);
        Assert.Equal("Run './build.sh format' to fix what can be fixed.", warning[22]);
        Assert.Equal(23, warning.Length);
    }

    [Fact]
    public void Report_mode_without_findings_notes_so_and_warns_nothing()
    {
        var ctx = new RecordingContext(Root);

        var note = FormatFindings.Report(ctx, new CommandResult("dotnet format", 0, string.Empty, string.Empty, TimeSpan.Zero), AbsolutePath.Create(Root));

        Assert.Equal("no findings", note);
        Assert.Empty(ctx.Messages);
    }
}
