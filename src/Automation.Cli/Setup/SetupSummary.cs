namespace Automation.Cli.Setup;

/// <summary>What setup says after writing: what it wrote, which gates start in report mode and how to make them strict, what is left to do.</summary>
internal sealed class SetupSummary(TextWriter output, RepositoryFacts facts, RepositoryChecks checks, RunProcess run)
{
    /// <summary>The errors left in NUKE's build after porting it in place; null when it was not ported (or its build did not run).</summary>
    public Porting.PortDiagnostics? Ported { get; init; }

    /// <summary>Writes the summary of <paramref name="steps"/> (already applied).</summary>
    public async Task WriteAsync(IReadOnlyList<SetupStep> steps, bool buildFolderWasIgnored)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var written = steps.Where(s => s.Kind is not SetupStepKind.Skip and not SetupStepKind.Move).ToList();
        var skipped = steps.Count(s => s.Kind == SetupStepKind.Skip);
        await output.WriteLineAsync($"Setup wrote {written.Count} {(written.Count == 1 ? "file" : "files")} and left {skipped} as {(skipped == 1 ? "it was" : "they were")}.").ConfigureAwait(false);
        // Only a build class setup wrote has the gate lines the advice names: a ported NUKE build's Build.cs is updated, not written.
        if (written.Any(s => s.Path == "build/Build.cs" && s.Kind is SetupStepKind.Create or SetupStepKind.Overwrite))
        {
            Gates();
        }

        Coverage();
        Nuke();
        if (buildFolderWasIgnored)
        {
            await output.WriteLineAsync($".gitignore ignored build/, so setup added {string.Join(" ", GitIgnoreEntries.BuildFolderVisible)} at its end: git now sees the build's sources, not its outputs.").ConfigureAwait(false);
        }

        if (checks.LeftBehind is { Count: > 0 } leftBehind)
        {
            await output.WriteLineAsync($"Restoring the repository made {string.Join(", ", leftBehind)} (e.g. a NuGet package folder that a NuGet.config puts inside the repository), which git would commit: setup added it to .gitignore.").ConfigureAwait(false);
        }

        if (written.Count > 0)
        {
            await output.WriteLineAsync("Next: ./build.sh --help (or .\\build.cmd --help) lists the targets; ./build.sh runs the default one.").ConfigureAwait(false);
            await CommitAdviceAsync(written).ConfigureAwait(false);
        }
    }

    private void Gates()
    {
        if (checks.Failure is { } failure)
        {
            output.WriteLine($"The solution does not build as it is ({failure}): the build was written with its gates in report mode. Fix that first.");
        }

        if (checks.CompileFinding is { } compile)
        {
            output.WriteLine($"compile starts in report mode ({compile}); to make it treat warnings as errors, delete the line `bool ICompile.WarningsAsErrors => false;` in build/Build.cs.");
        }

        if (checks.LintFinding is { } lint)
        {
            output.WriteLine($"lint starts in report mode ({lint}); to make it fail on findings, delete the line `bool ILint.FailOnFindings => false;` in build/Build.cs (./build.sh format fixes most).");
        }

        if (checks.CompileFinding is null && checks.LintFinding is null)
        {
            output.WriteLine("The repository passes compile with warnings as errors and lint today: both start strict.");
        }
    }

    private void Coverage()
    {
        var missing = facts.TestProjectsWithoutCollector;
        if (facts.CanReportCoverage || missing.Count == 0)
        {
            return;
        }

        output.WriteLine($"Coverage is left out: {string.Join(", ", missing.Select(p => p.RelativeTo(facts.Root).Replace('\\', '/')))} {(missing.Count == 1 ? "does" : "do")} not reference coverlet.collector. To turn it on:");
        foreach (var project in missing)
        {
            output.WriteLine($"  dotnet add {project.RelativeTo(facts.Root).Replace('\\', '/')} package coverlet.collector");
        }

        output.WriteLine($"  dotnet new tool-manifest (if .config/dotnet-tools.json is missing); dotnet tool install {ToolManifest.ReportGenerator} --version {ToolManifest.ReportGeneratorVersion}");
        output.WriteLine("  then add IReportCoverage to the class in build/Build.cs.");
    }

    private void Nuke()
    {
        if (facts.Nuke is not { } nuke)
        {
            return;
        }

        var scripts = nuke.BootstrapIsNuke ? "build.sh, build.cmd and build.ps1 are Automation's" : "the bootstrap scripts were not NUKE's";
        if (Ported is { } ported)
        {
            PortedNuke(ported, scripts);
            return;
        }

        output.WriteLine($"The NUKE build is in {nuke.SourceFolder}/{(nuke.Entries.Count > 0 ? " now" : string.Empty)} (nothing was deleted); {scripts}, and .nuke/parameters.json kept its values.");
        var unported = nuke.Unported(ComponentSelection.For(facts).TargetNames());
        output.WriteLine(unported.Count == 0
            ? "Every NUKE target has a counterpart in the generated build."
            : $"NUKE targets the generated build does not have: {string.Join(", ", unported)}. Porting them into build/Build.cs is a separate step (their code is in {nuke.SourceFolder}/).");
    }

    private void PortedNuke(Porting.PortDiagnostics ported, string scripts)
    {
        output.WriteLine($"NUKE's build was ported in place in build/ (git diff shows the rewrite); {scripts}.");
        var project = facts.Root / Porting.NukePort.Project;
        foreach (var advice in project.FileExists() ? Porting.OthersNukePackages.Advice(File.ReadAllText(project), Porting.NukePort.Project) : [])
        {
            output.WriteLine(advice);
        }

        if (ported.ErrorCount == 0)
        {
            output.WriteLine("It compiles: ./build.sh --plan shows its targets.");
            return;
        }

        output.WriteLine($"It does not compile yet: {ported.ErrorCount} {(ported.ErrorCount == 1 ? "error" : "errors")} of {ported.Groups.Count} {(ported.Groups.Count == 1 ? "kind" : "kinds")} left, with what to do where known (docs/porting-from-nuke.md lists every replacement):");
        foreach (var line in ported.Describe(limit: 15))
        {
            output.WriteLine(line);
        }

        if (ported.RestoreFailed)
        {
            output.WriteLine("Restore failed, so the compiler has not run yet: make those packages restorable (a feed that has them, or versions it has), then dotnet build build/_build.csproj lists what is left to port.");
        }

        output.WriteLine("To move NUKE's build aside instead: git checkout -- build/ && automation :setup --move-nuke.");
    }

    // The build writes the schema of its parameter files on its first run; it belongs in the repository too.
    private const string SchemaAdvice = "The first ./build.sh writes .nuke/build.schema.json (completion and checks for the parameter files): commit it then.";

    // Only files git will see can be committed: a pattern the negation did not beat is named instead.
    private async Task CommitAdviceAsync(IReadOnlyList<SetupStep> written)
    {
        var files = written.Select(s => s.Path).ToList();
        var result = await run("git", ["check-ignore", .. files], facts.Root).ConfigureAwait(false);
        var ignored = result.ExitCode == 0
            ? result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()
            : [];
        await output.WriteLineAsync(ignored.Count == 0
            ? $"Commit the new files. {SchemaAdvice}"
            : $"Commit the new files; git ignores {string.Join(", ", ignored)} (a .gitignore pattern): change .gitignore or git add -f them. {SchemaAdvice}").ConfigureAwait(false);
    }
}
