namespace Automation.Cli.Setup;

/// <summary>
/// What the repository passes today, so the generated build starts green: each gate it passes starts strict, each it
/// does not starts in report mode with what was found.
/// </summary>
/// <param name="CompileFinding">Why compile must not treat warnings as errors yet (null: it may).</param>
/// <param name="LintFinding">Why lint must only report its findings yet (null: it may fail on them).</param>
/// <param name="Failure">Why the solution does not build as it is (restore or build failed outright), or null.</param>
/// <param name="LeftBehind">Untracked folders (e.g. <c>%USERPROFILE%/</c>, a NuGet package folder that a NuGet.config
/// names relative to the repository) that the checks' restore and build created and git would commit; each ends with <c>/</c>.</param>
internal sealed record RepositoryChecks(string? CompileFinding, string? LintFinding, string? Failure, IReadOnlyList<string>? LeftBehind = null)
{
    /// <summary>Nothing checked (<c>--no-checks</c>): every gate starts in report mode.</summary>
    public static RepositoryChecks Skipped { get; } = new("not checked (--no-checks)", "not checked (--no-checks)", null);

    /// <summary>Restores, builds with warnings as errors and verifies formatting once, and says which gates pass.</summary>
    public static async Task<RepositoryChecks> RunAsync(AbsolutePath root, AbsolutePath solution, RunProcess run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var untracked = await UntrackedFoldersAsync(root, run).ConfigureAwait(false);
        var checks = await RunChecksAsync(root, solution, run).ConfigureAwait(false);
        var leftBehind = (await UntrackedFoldersAsync(root, run).ConfigureAwait(false)).Except(untracked, StringComparer.Ordinal).ToList();
        return checks with { LeftBehind = leftBehind };
    }

    private static async Task<RepositoryChecks> RunChecksAsync(AbsolutePath root, AbsolutePath solution, RunProcess run)
    {
        var restore = await run("dotnet", ["restore", solution, "-nologo"], root).ConfigureAwait(false);
        if (restore.ExitCode != 0)
        {
            var failure = $"dotnet restore failed: {restore.FirstError()}";
            return new RepositoryChecks(failure, failure, failure);
        }

        var strict = await run("dotnet", ["build", solution, "--no-restore", "-nologo", "-p:TreatWarningsAsErrors=true"], root).ConfigureAwait(false);
        string? compileFinding = null;
        string? buildFailure = null;
        if (strict.ExitCode != 0)
        {
            var diagnostics = DiagnosticCounts.Of(strict.Output);
            compileFinding = $"dotnet build -p:TreatWarningsAsErrors=true found {diagnostics.Describe("warnings")}";

            // Warnings made errors look like errors: only a build that fails without them does not build as it is.
            var plain = await run("dotnet", ["build", solution, "--no-restore", "-nologo"], root).ConfigureAwait(false);
            if (plain.ExitCode != 0)
            {
                buildFailure = $"dotnet build failed: {plain.FirstError()}";
                compileFinding = $"dotnet build failed ({DiagnosticCounts.Of(plain.Output).Describe("errors")})";
            }
        }

        var format = await run("dotnet", ["format", solution, "--verify-no-changes", "--no-restore"], root).ConfigureAwait(false);
        var lintFinding = format.ExitCode switch
        {
            0 => null,
            _ when DiagnosticCounts.Of(format.Output) is { Total: > 0 } findings => $"dotnet format found {findings.Describe("findings")}",
            _ => $"dotnet format failed: {format.FirstError()}",
        };
        return new RepositoryChecks(compileFinding, lintFinding, buildFailure);
    }

    // The untracked folders git would add (it lists a wholly untracked folder once, with a trailing slash).
    private static async Task<IReadOnlyList<string>> UntrackedFoldersAsync(AbsolutePath root, RunProcess run)
    {
        var listed = await run("git", ["ls-files", "--others", "--exclude-standard", "--directory", "--no-empty-directory"], root).ConfigureAwait(false);
        return listed.ExitCode == 0
            ? [.. listed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(path => path.EndsWith('/'))]
            : [];
    }
}
