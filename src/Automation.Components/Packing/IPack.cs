namespace Automation.Components;

/// <summary>
/// The <c>pack</c> target: packs every packable project of the solution, from the <c>compile</c> output and stamped with
/// the computed version (when the build implements <see cref="IVersion"/>), into <see cref="PackagesDirectory"/>: a
/// <c>.nupkg</c> and a <c>.snupkg</c> (symbols) each, with Source Link (built into the SDK), deterministic paths on CI,
/// and the root <c>README.md</c> and <c>LICENSE</c> (<c>.md</c>, <c>.txt</c>) unless a project names its own readme or
/// license (multi-targeted projects included). A failed pack leaves <see cref="PackagesDirectory"/> as it was. When the
/// build has them, <c>lint</c>, <c>unit-test</c>, <c>integration-test</c>, <c>test</c> and <c>coverage</c> run first,
/// so packages come only from checked and tested code, also when the build reports no coverage. Up to date while the
/// source files, the compiled output (the files <c>compile</c> left, not those tests added beside them), the SDK, the
/// configuration and the version are unchanged and <see cref="PackagesDirectory"/> holds what it left.
/// </summary>
public interface IPack : ICompile, IHazArtifacts
{
    /// <summary>Where packages (<c>.nupkg</c> and <c>.snupkg</c>) go.</summary>
    AbsolutePath PackagesDirectory => ArtifactsDirectory / "packages";

    /// <summary>
    /// What <c>dotnet pack</c> runs on: by default the solution, which packs every project whose <c>IsPackable</c> is not
    /// false (console apps included). Override it to pack only some projects, e.g. the libraries and tools but not a
    /// benchmark app; <c>automation :setup</c> writes such an override when the solution has an app that is not a tool.
    /// </summary>
    IEnumerable<AbsolutePath> PackProjects => [Solution.Path];

    /// <summary>Adjusts <c>dotnet pack</c>.</summary>
    Configure<DotNetPackSettings> PackSettings => s => s;

    /// <summary>Packs the solution's packable projects.</summary>
    Target Pack => _ => _
        .Description("Pack every packable project into artifacts/packages, stamped with the version")
        .DependsOn<ICompile>()
        .TryDependsOn<ILint>(x => x.Lint)
        .TryDependsOn<IUnitTest>()
        .TryDependsOn<IIntegrationTest>()
        .TryDependsOn<ITest>()
        .TryDependsOn<IReportCoverage>()
        .InputFiles(() => SourceFiles.List(RootDirectory))
        .InputFiles(() => CompiledFiles.AsCompileLeftThem(RootDirectory, CompileOutputs))
        .Inputs(() => DotNetInputs.Of(this), () => Configuration, () => VersionProperties.Of(this))
        .OutputFiles(() => PackagesDirectory.DirectoryExists()
            ? Directory.EnumerateFiles(PackagesDirectory, "*", SearchOption.AllDirectories).Select(AbsolutePath.Create)
            : [])
        .Produces(ProducedFolders.Of(this, PackagesDirectory))
        .Executes(ctx =>
        {
            var properties = new Dictionary<string, string>(VersionProperties.Of(this));
            var metadataTargets = TemporaryDirectory / "pack" / "package-metadata.targets";
            if (PackageMetadataTargets.Write(RootDirectory, metadataTargets))
            {
                // The outer build of a multi-targeted project (TargetFrameworks), which makes its package, imports only
                // the cross-targeting hook; the inner, per-framework builds only the common one.
                properties["CustomAfterMicrosoftCommonTargets"] = metadataTargets;
                properties["CustomAfterMicrosoftCommonCrossTargetingTargets"] = metadataTargets;
            }

            var projects = PackProjects.ToList();
            DotNetPackSettings Settings(AbsolutePath project, AbsolutePath output) => PackSettings(new DotNetPackSettings
            {
                Project = project,
                Configuration = Configuration,
                NoBuild = true,
                NoLogo = true,
                Output = output,
                IncludeSymbols = true,
                SymbolPackageFormat = DotNetSymbolPackageFormat.Snupkg,
                ContinuousIntegrationBuild = RunsOnServer ? true : null,
                Properties = properties,
            });

            if (ctx.IsDryRun)
            {
                projects.ForEach(project => ctx.DotNetPack(_ => Settings(project, PackagesDirectory)));
                ctx.Note("dry run");
                return;
            }

            var packages = PackageStaging.Pack(ArtifactsDirectory, PackagesDirectory, staging => projects.ForEach(project => ctx.DotNetPack(_ => Settings(project, staging))));
            var count = packages.Count(p => p.Name.EndsWith(".nupkg", StringComparison.OrdinalIgnoreCase));
            if (count == 0)
            {
                ctx.Warn($"No package was made: {string.Join(", ", projects.Select(p => p.Name))} has no packable project (IsPackable is false in all of them).");
            }

            var version = this is IVersion versioned ? $", {versioned.CurrentVersion.SemVer}" : string.Empty;
            ctx.Info($"{count} {(count == 1 ? "package" : "packages")} in {PackagesDirectory.RelativeTo(RootDirectory)}: {string.Join(", ", packages.Select(p => p.Name))}");
            ctx.Note($"{count} {(count == 1 ? "package" : "packages")}{version}");
        });
}
