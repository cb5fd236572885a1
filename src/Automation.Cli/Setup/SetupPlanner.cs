namespace Automation.Cli.Setup;

/// <summary>
/// Works out every change setup makes, without making any: whole files are created, or overwritten only with
/// <c>--force</c> (a NUKE build's bootstrap scripts are replaced without it); the parameters file, .gitignore, the tool
/// manifest and the solution are merged into, never wiped.
/// </summary>
internal sealed class SetupPlanner(RepositoryFacts facts, RepositoryChecks checks, bool force, string toolVersion, RunProcess run)
{
    private readonly List<SetupStep> _steps = [];

    /// <summary>Whether the NUKE build in build/ is ported in place (<see cref="Porting.NukePort"/>) rather than moved aside.</summary>
    public bool PortNuke { get; init; }

    /// <summary>Whether git would ignore build/Build.cs as .gitignore stands, so setup un-ignores build/ (known after <see cref="PlanAsync"/>).</summary>
    public bool BuildFolderWasIgnored { get; private set; }

    /// <summary>The steps, in the order they are reported and applied.</summary>
    public async Task<IReadOnlyList<SetupStep>> PlanAsync()
    {
        _steps.Clear();
        var selection = ComponentSelection.For(facts);
        if (PortNuke)
        {
            _steps.AddRange(Porting.NukePort.Plan(facts.Root, toolVersion));
        }
        else if (facts.Nuke is { Entries.Count: > 0 } nuke)
        {
            _steps.Add(new SetupStep($"{NukeBuild.Folder}/", SetupStepKind.Move, $"NUKE's build: {string.Join(", ", nuke.Entries)}", () =>
            {
                nuke.MoveAside(facts.Root);
                return Task.CompletedTask;
            }));
        }

        if (!PortNuke)
        {
            WholeFile(RepositoryScanner.BuildProject, Templates.BuildProject(toolVersion, facts.Nuke is { Entries.Count: > 0 }), $"Automation.Components {toolVersion}");
            WholeFile("build/Build.cs", Templates.BuildClass(selection, facts, checks), string.Join(", ", selection.Components));
        }

        foreach (var (path, content) in BuildIsolationFiles.All)
        {
            WholeFile(path, content, "keeps the repository's MSBuild and analyzer settings out of the build");
        }

        if (NuGetSignaturePolicy.RequiringConfig(facts.Root) is { } requiring)
        {
            WholeFile(NuGetSignaturePolicy.BuildConfig, NuGetSignaturePolicy.AcceptingConfig, $"{requiring} requires packages signed by its trusted signers, which the build's own packages are not: accepted for the build project only");
        }

        foreach (var script in EmbeddedFiles.BootstrapScripts)
        {
            var replacesNuke = facts.Nuke is { BootstrapIsNuke: true } && PathOf(script).FileExists();
            WholeFile(script, EmbeddedFiles.Read(script), replacesNuke ? "replaces NUKE's" : string.Empty, executable: true, replace: replacesNuke);
        }

        Parameters();
        GlobalJson();
        BuildFolderWasIgnored = (await run("git", ["check-ignore", "-q", "build/Build.cs"], facts.Root).ConfigureAwait(false)).ExitCode == 0;
        GitIgnore();
        if (selection.UsesCoverage)
        {
            ToolManifestEntry();
        }

        SolutionEntry();
        return _steps;
    }

    private AbsolutePath PathOf(string relative) => facts.Root / relative;

    // A file of the NUKE build counts as gone: it moves into build/nuke/ before anything is written.
    private bool Exists(string relative)
    {
        if (!PortNuke && facts.Nuke is { } nuke && relative.StartsWith("build/", StringComparison.Ordinal)
            && nuke.Entries.Contains(relative["build/".Length..].Split('/')[0], StringComparer.Ordinal))
        {
            return false;
        }

        return PathOf(relative).FileExists();
    }

    private void WholeFile(string relative, string content, string detail, bool executable = false, bool replace = false)
    {
        var path = PathOf(relative);
        if (Exists(relative) && !force && !replace)
        {
            _steps.Add(Skip(relative, "exists; --force overwrites it"));
            return;
        }

        var kind = Exists(relative) ? SetupStepKind.Overwrite : SetupStepKind.Create;
        _steps.Add(new SetupStep(relative, kind, detail, () => SetupFiles.WriteAsync(path, content, executable)));
    }

    private void Parameters()
    {
        const string Relative = NukeLayout.FolderName + "/parameters.json";
        var path = PathOf(Relative);
        var existing = path.FileExists() ? File.ReadAllText(path) : null;
        var solution = facts.RecordSolution ? facts.SolutionRelative : null;
        var detail = solution is null ? "marks the root" : $"Solution: {solution}";
        if (!ParametersFile.Changes(existing, solution))
        {
            _steps.Add(Skip(Relative, "kept; it has what the build needs"));
            return;
        }

        var kind = existing is null ? SetupStepKind.Create : SetupStepKind.Update;
        _steps.Add(new SetupStep(Relative, kind, existing is null ? detail : $"{detail}; its other values are kept", () => SetupFiles.WriteAsync(path, ParametersFile.Merge(existing, solution), executable: false)));
    }

    // The repository's SDK pin is its own decision, so it is never replaced, not even with --force.
    private void GlobalJson()
    {
        if (PathOf("global.json").FileExists())
        {
            _steps.Add(Skip("global.json", "kept as it is; the build needs a .NET 10 SDK"));
            return;
        }

        _steps.Add(new SetupStep("global.json", SetupStepKind.Create, "SDK 10.0.100, rollForward latestFeature", () => SetupFiles.WriteAsync(PathOf("global.json"), EmbeddedFiles.Read("global.json"), executable: false)));
    }

    private void GitIgnore()
    {
        var path = PathOf(".gitignore");
        var existing = path.FileExists() ? File.ReadAllText(path) : null;
        var missing = GitIgnoreEntries.Missing(existing);
        var leftBehind = (checks.LeftBehind ?? []).Select(folder => $"/{folder}").ToList();
        if (missing.Count == 0 && !BuildFolderWasIgnored && leftBehind.Count == 0)
        {
            _steps.Add(Skip(".gitignore", "has the build's entries"));
            return;
        }

        var text = missing.Count == 0 ? existing : GitIgnoreEntries.Append(existing, missing);
        var added = missing.ToList();
        if (leftBehind.Count > 0)
        {
            text = GitIgnoreEntries.AppendLeftBehind(text, leftBehind);
            added.AddRange(leftBehind);
        }

        if (BuildFolderWasIgnored)
        {
            text = GitIgnoreEntries.AppendBuildFolderVisible(text);
            added.AddRange(GitIgnoreEntries.BuildFolderVisible);
        }

        var kind = existing is null ? SetupStepKind.Create : SetupStepKind.Update;
        _steps.Add(new SetupStep(".gitignore", kind, $"+ {string.Join(" ", added)}", () => SetupFiles.WriteAsync(path, text!, executable: false)));
    }

    private void ToolManifestEntry()
    {
        const string Relative = ".config/dotnet-tools.json";
        var path = PathOf(Relative);
        var existing = path.FileExists() ? File.ReadAllText(path) : null;
        if (ToolManifest.HasReportGenerator(existing))
        {
            _steps.Add(Skip(Relative, "has reportgenerator"));
            return;
        }

        var kind = existing is null ? SetupStepKind.Create : SetupStepKind.Update;
        var detail = $"+ reportgenerator {ToolManifest.ReportGeneratorVersion}, for the coverage target";
        _steps.Add(new SetupStep(Relative, kind, detail, () => SetupFiles.WriteAsync(path, ToolManifest.WithReportGenerator(existing), executable: false)));
    }

    private void SolutionEntry()
    {
        var relative = facts.SolutionRelative;
        if (SolutionRegistration.IsListed(facts.Root, facts.Solution) && !SolutionRegistration.IsBuiltWithSolution(facts.Root, facts.Solution))
        {
            _steps.Add(Skip(relative, $"already lists {RepositoryScanner.BuildProject}, outside its build"));
            return;
        }

        var detail = $"+ {RepositoryScanner.BuildProject}, not built with the solution";
        _steps.Add(new SetupStep(relative, SetupStepKind.Update, detail, () => SolutionRegistration.RegisterAsync(facts.Root, facts.Solution, run)));
    }

    private static SetupStep Skip(string relative, string why) => new(relative, SetupStepKind.Skip, why, () => Task.CompletedTask);
}
