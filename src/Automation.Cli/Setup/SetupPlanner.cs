namespace Automation.Cli.Setup;

/// <summary>Works out every change setup makes, without making any: whole files are created, or overwritten only with <c>--force</c>.</summary>
internal sealed class SetupPlanner(RepositoryFacts facts, bool force, string toolVersion, SolutionRegistration.AddProject addProject)
{
    private readonly List<SetupStep> _steps = [];

    /// <summary>The steps, in the order they are reported and applied.</summary>
    public IReadOnlyList<SetupStep> Plan()
    {
        _steps.Clear();
        var selection = ComponentSelection.For(facts);
        WholeFile(RepositoryScanner.BuildProject, Templates.BuildProject(toolVersion), $"Automation.Components {toolVersion}");
        WholeFile("build/Build.cs", Templates.BuildClass(selection), string.Join(", ", selection.Components));
        foreach (var script in EmbeddedFiles.BootstrapScripts)
        {
            WholeFile(script, EmbeddedFiles.Read(script), string.Empty, executable: true);
        }

        WholeFile(".nuke/parameters.json", Templates.Parameters(facts), "marks the root");
        GlobalJson();
        GitIgnore();
        if (selection.UsesCoverage)
        {
            ToolManifestEntry();
        }

        SolutionEntry();
        return _steps;
    }

    private AbsolutePath PathOf(string relative) => facts.Root / relative;

    private void WholeFile(string relative, string content, string detail, bool executable = false)
    {
        var path = PathOf(relative);
        if (path.FileExists() && !force)
        {
            _steps.Add(new SetupStep(relative, SetupStepKind.Skip, "exists; --force overwrites it", () => { }));
            return;
        }

        var kind = path.FileExists() ? SetupStepKind.Overwrite : SetupStepKind.Create;
        _steps.Add(new SetupStep(relative, kind, detail, () => Write(path, content, executable)));
    }

    // The repository's SDK pin is its own decision, so it is never replaced, not even with --force.
    private void GlobalJson()
    {
        if (PathOf("global.json").FileExists())
        {
            _steps.Add(new SetupStep("global.json", SetupStepKind.Skip, "kept as it is; the build needs a .NET 10 SDK", () => { }));
            return;
        }

        _steps.Add(new SetupStep("global.json", SetupStepKind.Create, "SDK 10.0.100, rollForward latestFeature", () => Write(PathOf("global.json"), EmbeddedFiles.Read("global.json"), executable: false)));
    }

    private void GitIgnore()
    {
        var path = PathOf(".gitignore");
        var existing = path.FileExists() ? File.ReadAllText(path) : null;
        var missing = GitIgnoreEntries.Missing(existing);
        if (missing.Count == 0)
        {
            _steps.Add(new SetupStep(".gitignore", SetupStepKind.Skip, "has the build's entries", () => { }));
            return;
        }

        var kind = existing is null ? SetupStepKind.Create : SetupStepKind.Update;
        _steps.Add(new SetupStep(".gitignore", kind, $"+ {string.Join(" ", missing)}", () => File.WriteAllText(path, GitIgnoreEntries.Append(existing, missing))));
    }

    private void ToolManifestEntry()
    {
        const string Relative = ".config/dotnet-tools.json";
        var path = PathOf(Relative);
        var existing = path.FileExists() ? File.ReadAllText(path) : null;
        if (ToolManifest.HasReportGenerator(existing))
        {
            _steps.Add(new SetupStep(Relative, SetupStepKind.Skip, "has reportgenerator", () => { }));
            return;
        }

        var kind = existing is null ? SetupStepKind.Create : SetupStepKind.Update;
        var detail = $"+ reportgenerator {ToolManifest.ReportGeneratorVersion}, for the coverage target";
        _steps.Add(new SetupStep(Relative, kind, detail, () => Write(path, ToolManifest.WithReportGenerator(existing), executable: false)));
    }

    private void SolutionEntry()
    {
        var relative = facts.Solution.RelativeTo(facts.Root).Replace('\\', '/');
        if (SolutionRegistration.IsListed(facts.Root, facts.Solution))
        {
            _steps.Add(new SetupStep(relative, SetupStepKind.Skip, $"already lists {RepositoryScanner.BuildProject}", () => { }));
            return;
        }

        var detail = $"+ {RepositoryScanner.BuildProject}, not built with the solution";
        _steps.Add(new SetupStep(relative, SetupStepKind.Update, detail, () => SolutionRegistration.Register(facts.Root, facts.Solution, addProject)));
    }

    private static void Write(AbsolutePath path, string content, bool executable)
    {
        Directory.CreateDirectory(path.Parent!);
        File.WriteAllText(path, content);
        if (executable && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
    }
}
