using System.Reflection;
using Automation.Parameters;
using Automation.Versioning;

namespace Automation;

/// <summary>
/// Fills a <see cref="GitVersion"/> member with the version of the repository at the build's root, computed by this
/// project's GitVersion-compatible engine: <c>[GitVersion] readonly GitVersion GitVersion;</c>. NUKE's options are
/// accepted: <see cref="UpdateBuildNumber"/> (on by default, as in NUKE) sets the CI build number to
/// <see cref="GitVersion.FullSemVer"/> on hosts that have one (Azure Pipelines, TeamCity); <see cref="Framework"/>,
/// <see cref="NoFetch"/>, <see cref="NoCache"/> and <see cref="DisableOnUnix"/> chose how NUKE ran the GitVersion tool,
/// which is not run here, so they change nothing; <see cref="UpdateAssemblyInfo"/> is refused with a message, as this
/// engine never rewrites sources (pass the version to MSBuild instead).
/// </summary>
public sealed class GitVersionAttribute : ValueInjectionAttributeBase
{
    /// <summary>NUKE: the framework to run GitVersion.Tool with. No tool runs here: ignored.</summary>
    public string? Framework { get; set; }

    /// <summary>NUKE: skip the fetch GitVersion.Tool did. This engine never fetches: ignored.</summary>
    public bool NoFetch { get; set; }

    /// <summary>NUKE: GitVersion.Tool's cache. This engine keeps none: ignored.</summary>
    public bool NoCache { get; set; } = true;

    /// <summary>NUKE: skip GitVersion on Unix (a tool problem there). The engine runs everywhere: ignored.</summary>
    public bool DisableOnUnix { get; set; }

    /// <summary>NUKE: let GitVersion rewrite AssemblyInfo files. Not supported: setting it is reported, and the
    /// version is still computed. Pass <c>AssemblyVersion</c>/<c>FileVersion</c> to MSBuild from the object instead.</summary>
    public bool UpdateAssemblyInfo { get; set; }

    /// <summary>Whether to set the CI build number to <see cref="GitVersion.FullSemVer"/> (default true, as in NUKE).</summary>
    public bool UpdateBuildNumber { get; set; } = true;

    /// <inheritdoc />
    public override object? GetValue(MemberInfo member, object instance)
    {
        if (UpdateAssemblyInfo)
        {
            throw new InvalidOperationException("UpdateAssemblyInfo is not supported: the engine does not rewrite sources. Remove it, and pass the version to MSBuild (e.g. DotNetBuild(s => s.SetAssemblyVersion(GitVersion.AssemblySemVer))).");
        }

        var root = Build.RootDirectory;
        var environment = Build.EnvironmentVariables;
        var inside = Core.SynchronousWait.For(Versioning.Git.GitCli.RunAsync(root, ["rev-parse", "--is-inside-work-tree"]), "injection is synchronous (NUKE's GetValue)");
        if (inside.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{root}' is not a git work tree, so there is no version to compute. Run the build inside a git clone, or remove [GitVersion].");
        }

        var version = new GitVersion(() => Calculate(root, environment, member));
        if (UpdateBuildNumber && Build.RunsOnServer && instance is IBuildNumberSink sink)
        {
            sink.SetBuildNumber(version.FullSemVer);
        }

        return version;
    }

    private static VersionVariables Calculate(AbsolutePath root, IReadOnlyDictionary<string, string> environment, MemberInfo member)
    {
        try
        {
            return VersionCalculator.Calculate(new VersionRequest
            {
                RepositoryDirectory = root,
                Environment = environment,
                BranchOverride = environment.TryGetValue("Git_Branch", out var branch) && branch.Length > 0 ? branch : null,
            });
        }
        catch (VersioningException exception)
        {
            throw new InvalidOperationException($"[GitVersion] {member.DeclaringType?.Name}.{member.Name}: {exception.Message}", exception);
        }
    }
}
