using System.Reflection;
using Automation.Parameters;

namespace Automation;

/// <summary>
/// NUKE's <c>[OctoVersion(AutoDetectBranch = true)] readonly OctoVersionInfo OctoVersionInfo;</c>: fills the member
/// with the version Octopus Deploy's OctoVersion computes for the repository at the build's root, before targets run.
/// OctoVersion is the program the build project brings, as in NUKE: a
/// <c>&lt;PackageDownload Include="Octopus.OctoVersion.Tool" Version="[x.y.z]" /&gt;</c> (see <see cref="OctoVersionTasks"/>).
/// When it cannot run, the member stays null with a warning naming it and the package to add (or <c>[GitVersion]</c>,
/// this project's own engine, which needs no tool); a target that <c>.Requires(() =&gt; Member)</c> then stops the build before anything runs.
/// Each value can come from a build member named by the matching <c>…Parameter</c> property, which wins when set.
/// </summary>
public sealed class OctoVersionAttribute : ValueInjectionAttributeBase
{
    private bool? _autoDetectBranch;
    private int? _major;
    private int? _minor;
    private int? _patch;

    /// <summary>The framework folder of the package to run; default: the best one this runtime runs (NUKE defaulted to net5.0).</summary>
    public string? Framework { get; set; }

    /// <summary>Whether to set the CI build number to the full semantic version (default true, as in NUKE).</summary>
    public bool UpdateBuildNumber { get; set; } = true;

    /// <summary>Pass the repository's current branch to OctoVersion (needs no <see cref="Branch"/>).</summary>
    public bool AutoDetectBranch { get => _autoDetectBranch ?? false; set => _autoDetectBranch = value; }

    /// <summary>A build member whose value (a bool) overrides <see cref="AutoDetectBranch"/>.</summary>
    public string? AutoDetectBranchParameter { get; set; }

    /// <summary>The branch to pass to OctoVersion.</summary>
    public string? Branch { get; set; }

    /// <summary>A build member whose value overrides <see cref="Branch"/>.</summary>
    public string? BranchParameter { get; set; }

    /// <summary>A version OctoVersion takes whole.</summary>
    public string? FullSemVer { get; set; }

    /// <summary>A build member whose value overrides <see cref="FullSemVer"/>.</summary>
    public string? FullSemVerParameter { get; set; }

    /// <summary>Overrides the major version.</summary>
    public int Major { get => _major ?? 0; set => _major = value; }

    /// <summary>A build member whose value overrides <see cref="Major"/>.</summary>
    public string? MajorParameter { get; set; }

    /// <summary>Overrides the minor version.</summary>
    public int Minor { get => _minor ?? 0; set => _minor = value; }

    /// <summary>A build member whose value overrides <see cref="Minor"/>.</summary>
    public string? MinorParameter { get; set; }

    /// <summary>Overrides the patch version.</summary>
    public int Patch { get => _patch ?? 0; set => _patch = value; }

    /// <summary>A build member whose value overrides <see cref="Patch"/>.</summary>
    public string? PatchParameter { get; set; }

    // NUKE 8 renamed the …Parameter properties to …Member (Halibut's build: BranchMember = nameof(BranchName)); both
    // names set the same value.

    /// <summary>NUKE 8's name of <see cref="AutoDetectBranchParameter"/>.</summary>
    public string? AutoDetectBranchMember { get => AutoDetectBranchParameter; set => AutoDetectBranchParameter = value; }

    /// <summary>NUKE 8's name of <see cref="BranchParameter"/>.</summary>
    public string? BranchMember { get => BranchParameter; set => BranchParameter = value; }

    /// <summary>NUKE 8's name of <see cref="FullSemVerParameter"/>.</summary>
    public string? FullSemVerMember { get => FullSemVerParameter; set => FullSemVerParameter = value; }

    /// <summary>NUKE 8's name of <see cref="MajorParameter"/>.</summary>
    public string? MajorMember { get => MajorParameter; set => MajorParameter = value; }

    /// <summary>NUKE 8's name of <see cref="MinorParameter"/>.</summary>
    public string? MinorMember { get => MinorParameter; set => MinorParameter = value; }

    /// <summary>NUKE 8's name of <see cref="PatchParameter"/>.</summary>
    public string? PatchMember { get => PatchParameter; set => PatchParameter = value; }

    /// <inheritdoc />
    public override object? GetValue(MemberInfo member, object instance)
    {
        ArgumentNullException.ThrowIfNull(member);
        var autoDetect = Read<bool?>(AutoDetectBranchParameter, instance) ?? _autoDetectBranch;
        var branch = Read<string>(BranchParameter, instance) ?? Branch;
        if (autoDetect == true)
        {
            if (!string.IsNullOrEmpty(branch))
            {
                throw new InvalidOperationException("AutoDetectBranch is on, and a branch is given too (Branch or BranchParameter): keep one of them.");
            }

            branch = GitRepository.FromLocalDirectory(Build.RootDirectory, Build.EnvironmentVariables).Branch
                ?? throw new InvalidOperationException($"AutoDetectBranch found no branch in {Build.RootDirectory} (a detached HEAD outside CI): pass Branch or BranchParameter.");
        }

        var settings = new OctoVersionGetVersionSettings
        {
            WorkingDirectory = Build.RootDirectory,
            CurrentBranch = string.IsNullOrEmpty(branch) ? null : branch,
            FullSemVer = Read<string>(FullSemVerParameter, instance) ?? FullSemVer,
            Major = Read<int?>(MajorParameter, instance) ?? _major,
            Minor = Read<int?>(MinorParameter, instance) ?? _minor,
            Patch = Read<int?>(PatchParameter, instance) ?? _patch,
            DetectEnvironment = UpdateBuildNumber && Build.RunsOnServer ? true : null,
            Framework = Framework,
            Run = new RunOptions { Hide = OutputHiding.Both },
        };
        var version = OctoVersionTasks.Run(settings, Build.RootDirectory).Result;
        if (UpdateBuildNumber && Build.RunsOnServer && instance is IBuildNumberSink sink && version.FullSemVer is { } full)
        {
            sink.SetBuildNumber(full);
        }

        return version;
    }

    private static T? Read<T>(string? memberName, object instance) => string.IsNullOrEmpty(memberName) ? default : GetMemberValue<T>(memberName, instance);
}
