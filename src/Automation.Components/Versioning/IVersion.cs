using Automation.Versioning;

namespace Automation.Components;

/// <summary>
/// The <c>version</c> target: computes this commit's version from git history with GitVersion 6's rules, once per
/// build, prints it, notes it in the summary and hands it to the CI host (Azure Pipelines and TeamCity build number;
/// GitHub Actions step outputs and environment). Other targets read <see cref="CurrentVersion"/>. With
/// <see cref="VersionEngine"/> set to <see cref="VersioningEngine.GitVersion"/> the real GitVersion program computes it
/// instead (same variables, same hand-off).
/// </summary>
public interface IVersion : IAutomationBuild
{
    /// <summary>Compute the version even in a shallow clone, where missing history can make it wrong.</summary>
    [Parameter("Compute the version even in a shallow clone (history may be missing)")]
    bool AllowShallow => ParameterValue<bool?>() ?? false;

    /// <summary>Which engine computes the version: the built-in one (default) or the real GitVersion program.</summary>
    [Parameter("Version engine: BuiltIn (default) or GitVersion (the real GitVersion program, for byte-identical results)")]
    VersioningEngine VersionEngine => ParameterValue<VersioningEngine?>() ?? VersioningEngine.BuiltIn;

    /// <summary>With <see cref="VersioningEngine.GitVersion"/>: the path of <c>gitversion.dll</c> or of the GitVersion executable (relative to the root); null to find it as a local tool or in the NuGet packages folder.</summary>
    [Parameter("With --version-engine GitVersion: path of gitversion.dll or of the GitVersion executable (default: local tool, then NuGet packages folder)")]
    string? GitVersionPath => ParameterValue<string>();

    /// <summary>The version of the checked-out commit, computed on first use and shared by every target of the build.</summary>
    /// <remarks>For synchronous target bodies (which run on a thread of their own); async code awaits <see cref="CurrentVersionAsync"/>.</remarks>
    // Waits for the one shared computation; its git reads run on the pool and never need the waiting thread.
#pragma warning disable VSTHRD002 // Avoid problematic synchronous waits: see above.
    VersionVariables CurrentVersion => CurrentVersionAsync.GetAwaiter().GetResult();
#pragma warning restore VSTHRD002

    /// <summary>The version of the checked-out commit, computed once, on first use, without holding a thread, and shared by every target of the build.</summary>
    Task<VersionVariables> CurrentVersionAsync => Shared(() => VersionEngine == VersioningEngine.GitVersion
        ? Task.Run(() => GitVersionRunner.CalculateAsync(GitVersionProgram.Locate(RootDirectory, GitVersionPath, EnvironmentVariables), RootDirectory, AllowShallow, EnvironmentVariables))
        : VersionCalculator.CalculateAsync(new VersionRequest
        {
            RepositoryDirectory = RootDirectory,
            AllowShallow = AllowShallow,
            BranchOverride = EnvironmentVariables.TryGetValue("Git_Branch", out var branch) && branch.Length > 0 ? branch : null,
            Environment = EnvironmentVariables,
        }));

    /// <summary>Computes, prints and publishes the version.</summary>
    Target Version => _ => _
        .Description("Compute the version from git history (GitVersion 6 rules, or the real GitVersion with --version-engine GitVersion)")
        .Executes(async ctx =>
        {
            // The build's one shared computation, started on the pool: no synchronization context to deadlock on.
#pragma warning disable VSTHRD003 // Avoid awaiting foreign Tasks: see above.
            var version = await CurrentVersionAsync.ConfigureAwait(false);
#pragma warning restore VSTHRD003
            if (VersionEngine == VersioningEngine.GitVersion)
            {
                ctx.Info($"Computed by the real GitVersion: {GitVersionProgram.Locate(RootDirectory, GitVersionPath, EnvironmentVariables).Origin}");
            }

            ctx.Info($"Version {version.FullSemVer} on {version.BranchName} ({version.ShortSha}); informational {version.InformationalVersion}");
            ctx.Note(version.FullSemVer);
            ctx.SetBuildNumber(version.FullSemVer);
            foreach (var (name, value) in Published(version))
            {
                ctx.SetOutputVariable(name, value);
            }
        });

    private static IEnumerable<(string Name, string Value)> Published(VersionVariables version) =>
    [
        (nameof(VersionVariables.SemVer), version.SemVer),
        (nameof(VersionVariables.FullSemVer), version.FullSemVer),
        (nameof(VersionVariables.MajorMinorPatch), version.MajorMinorPatch),
        (nameof(VersionVariables.InformationalVersion), version.InformationalVersion),
        (nameof(VersionVariables.AssemblySemVer), version.AssemblySemVer),
        (nameof(VersionVariables.AssemblySemFileVer), version.AssemblySemFileVer),
    ];
}
