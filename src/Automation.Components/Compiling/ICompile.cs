namespace Automation.Components;

/// <summary>
/// The <c>compile</c> target: builds the solution once, stamped with the computed version when the build implements
/// <see cref="IVersion"/>, with <c>ContinuousIntegrationBuild</c> on CI, and with warnings as errors when the build
/// implements <see cref="ILint"/>. Tests and pack reuse this output.
/// </summary>
public interface ICompile : IRestore, IHazConfiguration
{
    /// <summary>Adjusts <c>dotnet build</c>.</summary>
    Configure<DotNetBuildSettings> CompileSettings => s => s;

    /// <summary>The MSBuild properties of the build: the version's, and warnings as errors when linting is part of the pipeline.</summary>
    IReadOnlyDictionary<string, string> CompileProperties => this is ILint
        ? new Dictionary<string, string>(VersionProperties.Of(this)) { ["TreatWarningsAsErrors"] = "true" }
        : VersionProperties.Of(this);

    /// <summary>Builds the solution.</summary>
    Target Compile => _ => _
        .Description("Build the solution")
        .DependsOn<IRestore>()
        .TryDependsOn<IVersion>()
        .Executes(ctx => ctx.DotNetBuild(s => CompileSettings(s with
        {
            Project = Solution,
            Configuration = Configuration,
            NoRestore = true,
            NoLogo = true,
            ContinuousIntegrationBuild = RunsOnServer ? true : null,
            Properties = CompileProperties,
        })));
}
