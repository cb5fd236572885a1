using Automation.Tools;

namespace Automation;

/// <summary>
/// What OctoVersion computes the version with, by NUKE's names (<c>OctoVersionTasks.OctoVersionGetVersion(s =&gt;
/// s.SetCurrentBranch("main"))</c>). Arguments are OctoVersion's configuration keys (<c>--CurrentBranch main</c>).
/// </summary>
public sealed record OctoVersionGetVersionSettings : ToolSettings
{
    /// <summary>The branch: <c>--CurrentBranch</c> (OctoVersion guesses it otherwise, which may be wrong on CI).</summary>
    public string? CurrentBranch { get; init; }

    /// <summary>Branches that get no pre-release tag: <c>--NonPreReleaseTags</c> (OctoVersion's default: main).</summary>
    public IReadOnlyList<string> NonPreReleaseTags { get; init; } = [];

    /// <summary>The repository: <c>--RepositoryPath</c>; default: the working directory.</summary>
    public string? RepositoryPath { get; init; }

    /// <summary>Overrides the major version: <c>--Major</c>.</summary>
    public int? Major { get; init; }

    /// <summary>Overrides the minor version: <c>--Minor</c>.</summary>
    public int? Minor { get; init; }

    /// <summary>Overrides the patch version: <c>--Patch</c>.</summary>
    public int? Patch { get; init; }

    /// <summary>Overrides the pre-release tag: <c>--PreReleaseTag</c>.</summary>
    public string? PreReleaseTag { get; init; }

    /// <summary>Overrides the build metadata: <c>--BuildMetadata</c>.</summary>
    public string? BuildMetadata { get; init; }

    /// <summary>Takes this version whole: <c>--FullSemVer</c>.</summary>
    public string? FullSemVer { get; init; }

    /// <summary>Output forms: <c>--OutputFormats</c>. The version is read from <see cref="OutputJsonFile"/>, for which <c>JsonFile</c> is added when missing (unless <see cref="DetectEnvironment"/>).</summary>
    public IReadOnlyList<OctoVersionOutputFormatter> OutputFormats { get; init; } = [];

    /// <summary>Let OctoVersion pick the CI's output form (and set its build number): <c>--DetectEnvironment</c>.</summary>
    public bool? DetectEnvironment { get; init; }

    /// <summary>Where OctoVersion writes the JSON the version is read from: <c>--OutputJsonFile</c>; default: a temporary file.</summary>
    public string? OutputJsonFile { get; init; }

    /// <summary>The framework folder of the package to run (<c>net8.0</c>); default: the best one this runtime runs.</summary>
    public string? Framework { get; init; }

    private protected override void AddArguments(ToolArguments arguments)
    {
        arguments.Option("--CurrentBranch", CurrentBranch);
        if (NonPreReleaseTags.Count > 0)
        {
            arguments.Option("--NonPreReleaseTags", string.Join(' ', NonPreReleaseTags));
        }

        arguments.Option("--RepositoryPath", RepositoryPath).Option("--Major", Major).Option("--Minor", Minor).Option("--Patch", Patch)
            .Option("--PreReleaseTag", PreReleaseTag).Option("--BuildMetadata", BuildMetadata).Option("--FullSemVer", FullSemVer);
        foreach (var format in OutputFormats)
        {
            arguments.Option("--OutputFormats", format.ToString());
        }

        arguments.Option("--DetectEnvironment", DetectEnvironment).Option("--OutputJsonFile", OutputJsonFile);
    }
}

/// <summary>OctoVersion's output forms (<c>--OutputFormats</c>).</summary>
public enum OctoVersionOutputFormatter
{
    /// <summary>NUKE's form.</summary>
    Nuke,

    /// <summary>Cake's form.</summary>
    Cake,

    /// <summary>The console (OctoVersion's default).</summary>
    Console,

    /// <summary>The console, version only.</summary>
    QuietConsole,

    /// <summary>Environment variables.</summary>
    Environment,

    /// <summary>JSON on the console.</summary>
    Json,

    /// <summary>A JSON file (<c>--OutputJsonFile</c>).</summary>
    JsonFile,

    /// <summary>TeamCity service messages.</summary>
    TeamCity,
}
