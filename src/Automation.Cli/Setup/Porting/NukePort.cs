namespace Automation.Cli.Setup.Porting;

/// <summary>
/// Ports a NUKE build in place: the port rewrite of its C# sources and of its project (<c>build/_build.csproj</c>),
/// then a build of the project, whose errors are what is left to do by hand. Only a build whose project is
/// <c>build/_build.csproj</c> (NUKE's default, the project the bootstrap scripts run) can be ported in place; others
/// are moved aside as before.
/// </summary>
internal static class NukePort
{
    /// <summary>The project a NUKE build must have to be ported in place.</summary>
    public const string Project = RepositoryScanner.BuildProject;

    /// <summary>Why <paramref name="nuke"/> cannot be ported in place, or null when it can.</summary>
    public static string? WhyNot(AbsolutePath root, NukeBuild nuke)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(nuke);
        if (nuke.Entries.Count == 0)
        {
            return $"its sources are in {nuke.SourceFolder}/, not build/";
        }

        var project = root / Project;
        return project.FileExists() && File.ReadAllText(project).Contains("Nuke.Common", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"its project is not {Project}";
    }

    /// <summary>The steps that rewrite the sources and the project of the NUKE build in <c>build/</c>.</summary>
    public static IReadOnlyList<SetupStep> Plan(AbsolutePath root, string automationVersion)
    {
        ArgumentNullException.ThrowIfNull(root);
        var steps = new List<SetupStep>();
        var build = root / "build";
        var sources = new List<string>();
        foreach (var file in Directory.EnumerateFiles(build, "*.cs", SearchOption.AllDirectories).Where(f => !IsOutput(build, f)).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            sources.Add(text);
            var ported = NukeSourceRewriter.Rewrite(text);
            if (ported != text)
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                steps.Add(new SetupStep(relative, SetupStepKind.Update, "port rewrite: usings, NukeBuild → AutomationBuild", () => SetupFiles.WriteAsync(AbsolutePath.Create(file), ported, executable: false)));
            }
        }

        var project = root / Project;
        var portedProject = NukeProjectRewriter.Rewrite(File.ReadAllText(project), automationVersion, sources, CentralPackageVersions.Read(root, build));
        steps.Add(new SetupStep(Project, SetupStepKind.Update, $"Nuke.Common → Automation.Components {automationVersion}, {NukeProjectRewriter.TargetFramework}", () => SetupFiles.WriteAsync(project, portedProject, executable: false)));
        var registration = root / MSBuildRegistration.Path;
        if (NukeProjectRewriter.NeedsMSBuildRegistration(sources) && !registration.FileExists())
        {
            steps.Add(new SetupStep(MSBuildRegistration.Path, SetupStepKind.Create, "the build uses MSBuild's types: run them on the .NET SDK's MSBuild, as Nuke.Common did", () => SetupFiles.WriteAsync(registration, MSBuildRegistration.Source, executable: false)));
        }

        return steps;
    }

    /// <summary>Builds the ported project and returns the errors left (none when it compiles).</summary>
    public static async Task<PortDiagnostics> BuildAsync(AbsolutePath root, RunProcess run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var result = await run("dotnet", ["build", Project, "-nologo", "-v:q", "-clp:ErrorsOnly;NoSummary"], root).ConfigureAwait(false);
        var diagnostics = PortDiagnostics.Parse(result.Output, root);
        if (result.ExitCode != 0 && diagnostics.Groups.Count == 0)
        {
            throw new SetupException($"Building the ported {Project} failed without a compiler error ({result.FirstError()}): fix that, or restore NUKE's build with git and run automation :setup --move-nuke.");
        }

        return diagnostics;
    }

    private static bool IsOutput(AbsolutePath build, string file)
    {
        var first = Path.GetRelativePath(build, file).Split(Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }
}
