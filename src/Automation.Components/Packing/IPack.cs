namespace Automation.Components;

/// <summary>The <c>pack</c> target: packs every packable project, stamped with the computed version, into <see cref="PackagesDirectory"/>.</summary>
public interface IPack : ICompile, IHazArtifacts
{
    /// <summary>Where packages (<c>.nupkg</c> and <c>.snupkg</c>) go.</summary>
    AbsolutePath PackagesDirectory => ArtifactsDirectory / "packages";

    /// <summary>Adjusts <c>dotnet pack</c>.</summary>
    Configure<DotNetPackSettings> PackSettings => s => s;

    /// <summary>Packs the solution's packable projects.</summary>
    Target Pack => _ => _
        .Description("Pack every packable project into artifacts/packages, stamped with the version")
        .DependsOn<ICompile>()
        .TryDependsOn<ILint>(x => x.Lint)
        .TryDependsOn<ITest>()
        .TryDependsOn<IReportCoverage>()
        .Executes(ctx => ctx.DotNetPack(s => PackSettings(s with
        {
            Project = Solution,
            Configuration = Configuration,
            NoBuild = true,
            NoLogo = true,
            Output = PackagesDirectory,
            Properties = VersionProperties.Of(this),
        })));
}
