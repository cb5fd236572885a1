namespace Automation.Components;

/// <summary>
/// The <c>compile</c> target: builds the solution once, stamped with the computed version when the build implements
/// <see cref="IVersion"/>, with <c>ContinuousIntegrationBuild</c> on CI, and with warnings as errors when the build
/// implements <see cref="ILint"/> (see <see cref="WarningsAsErrors"/>; otherwise the summary counts the warnings). Tests
/// and pack reuse this output. Incremental: up to date while the source files,
/// the SDK, the configuration and the version are unchanged and <see cref="CompileOutputs"/> are as it left them.
/// </summary>
public interface ICompile : IRestore, IHazConfiguration
{
    /// <summary>Adjusts <c>dotnet build</c>.</summary>
    Configure<DotNetBuildSettings> CompileSettings => s => s;

    /// <summary>Adjusts each <c>dotnet publish</c> of <see cref="PublishConfigurations"/> (NUKE's <c>ICompile.PublishSettings</c>).</summary>
    Configure<DotNetPublishSettings> PublishSettings => s => s;

    /// <summary>
    /// Projects to publish after the build, once per target framework, without building again (NUKE's
    /// <c>ICompile.PublishConfigurations</c>): e.g. <c>from framework in project.GetTargetFrameworks() select (project,
    /// framework)</c>. None by default.
    /// </summary>
    IEnumerable<(Project Project, string Framework)> PublishConfigurations => [];

    /// <summary>
    /// Whether compiler and analyzer warnings fail the build (<c>TreatWarningsAsErrors</c>); by default when the build
    /// implements <see cref="ILint"/>. Set it to false for a repository that has warnings today: <c>compile</c> then
    /// passes and notes how many distinct warnings it saw, by code (<c>7 warnings (CA1515 x7)</c>).
    /// </summary>
    bool WarningsAsErrors => this is ILint;

    /// <summary>The MSBuild properties of the build: the version's, and warnings as errors when <see cref="WarningsAsErrors"/>.</summary>
    IReadOnlyDictionary<string, string> CompileProperties => WarningsAsErrors
        ? new Dictionary<string, string>(VersionProperties.Of(this)) { ["TreatWarningsAsErrors"] = "true" }
        : VersionProperties.Of(this);

    /// <summary>
    /// What compiling leaves: every file under each solution project's <c>bin/&lt;Configuration&gt;/</c> but its
    /// <c>publish/</c> folders (which <c>dotnet publish</c>, and <c>dotnet pack</c> of a tool, write later) and coverlet's
    /// <c>CoverletSourceRootsMapping_*</c> files (which lint's and tests' builds rewrite). A file that a later target adds
    /// there does not make compile stale either: only the files compile left are checked. Override it
    /// when projects build elsewhere (<c>UseArtifactsOutput</c>, a custom <c>OutputPath</c>); when it lists no file,
    /// compile is never taken as up to date.
    /// </summary>
    IEnumerable<AbsolutePath> CompileOutputs => SolutionProjects.Read(Solution.Path)
        .Select(project => project.Parent! / "bin" / Configuration)
        .SelectMany(CompiledFiles.Under);

    /// <summary>Builds the solution.</summary>
    Target Compile => _ => _
        .Description("Build the solution")
        .DependsOn<IRestore>()
        .TryDependsOn<IVersion>()
        .InputFiles(() => SourceFiles.List(RootDirectory))
        .Inputs(() => DotNetInputs.Of(this), () => Configuration, () => CompileProperties)
        .Inputs(() => PublishConfigurations.Select(c => $"{c.Project.Path}|{c.Framework}").ToList())
        .OutputFiles(() => CompileOutputs)
        .Executes(ctx =>
        {
            var result = ctx.DotNetBuild(s => CompileSettings(s with
            {
                Project = Solution.Path,
                Configuration = Configuration,
                NoRestore = true,
                NoLogo = true,
                ContinuousIntegrationBuild = RunsOnServer ? true : null,
                Properties = CompileProperties,
            }));
            if (!WarningsAsErrors && CompileWarnings.Describe(result) is { } warnings)
            {
                ctx.Note(warnings);
            }

            foreach (var (project, framework) in PublishConfigurations)
            {
                ctx.DotNetPublish(s => PublishSettings(s with
                {
                    Project = project.Path,
                    Configuration = Configuration,
                    Framework = framework,
                    NoBuild = true,
                    NoLogo = true,
                    ContinuousIntegrationBuild = RunsOnServer ? true : null,
                    Properties = CompileProperties,
                }));
            }
        });
}
