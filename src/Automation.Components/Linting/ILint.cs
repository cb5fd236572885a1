namespace Automation.Components;

/// <summary>
/// The <c>lint</c> target checks formatting, code style and analyzer rules (<c>dotnet format --verify-no-changes</c>)
/// and, through <see cref="ICompile"/>, builds with warnings as errors; a failure names the files and rules
/// (<see cref="FailOnFindings"/> false only reports them, <see cref="ICompile.WarningsAsErrors"/> false lets warnings pass). It also
/// fails when a generated CI file (<see cref="CiConfigurationAttribute"/>) differs from what the build would write. The
/// <c>format</c> target fixes what can be fixed. <c>lint</c> is up to date while the source files (the build's own
/// included) and the SDK are unchanged; <c>format</c> always runs.
/// </summary>
public interface ILint : ICompile
{
    /// <summary>Adjusts <c>dotnet format</c> for both <c>lint</c> (which verifies) and <c>format</c> (which fixes).</summary>
    Configure<DotNetFormatSettings> FormatSettings => s => s;

    /// <summary>
    /// Whether formatting, style and analyzer findings fail <c>lint</c>. When false (report mode, for a repository that
    /// has findings today), <c>lint</c> runs the same checks but passes: it warns, listing the findings by file and rule
    /// (the first 20 files and how many more), and notes their count in the summary (<c>179 findings (report only)</c>).
    /// A generated CI file that differs from what the build would write still fails: the build writes it, so the fix is
    /// one command, and until then CI runs a pipeline other than the one the build declares. Compiler warnings follow
    /// <see cref="ICompile.WarningsAsErrors"/>, which is separate.
    /// </summary>
    bool FailOnFindings => true;

    /// <summary>
    /// Fails on formatting, style or analyzer findings (reports them when <see cref="FailOnFindings"/> is false), on a
    /// stale generated CI file, and, through <c>compile</c>, on compiler warnings when <see cref="ICompile.WarningsAsErrors"/>.
    /// </summary>
    Target Lint => _ => _
        .Description("Check formatting, style and analyzers (dotnet format --verify-no-changes), warnings as errors, generated CI files up to date")
        .DependsOn<IRestore>()
        .DependsOn<ICompile>()
        .InputFiles(() => SourceFiles.List(RootDirectory))
        .Inputs(() => DotNetInputs.Of(this))
        .Executes(ctx =>
        {
            var result = ctx.DotNetFormat(s => FormatSettings(s with
            {
                Project = Solution.Path,
                VerifyNoChanges = true,
                NoRestore = true,
                // In report mode the findings are a summary, not thousands of lines and annotations on every run.
                Run = new RunOptions { Warn = true, Hide = FailOnFindings ? OutputHiding.None : OutputHiding.Both },
            }));
            if (FailOnFindings)
            {
                FormatFindings.ThrowIfAny(result, RootDirectory);
                ctx.Note("no findings");
            }
            else
            {
                ctx.Note(FormatFindings.Report(ctx, result, RootDirectory));
            }

            CiFiles.Verify(this);
        });

    /// <summary>Rewrites files to fix formatting, style and analyzer findings that have a fix.</summary>
    Target Format => _ => _
        .Description("Fix formatting, style and analyzer findings (dotnet format)")
        .DependsOn<IRestore>()
        .Executes(ctx => ctx.DotNetFormat(s => FormatSettings(s with { Project = Solution.Path, NoRestore = true })));
}
