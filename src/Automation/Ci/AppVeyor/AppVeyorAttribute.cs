using Automation.Ci;
using Automation.Ci.AppVeyor;
using Automation.Ci.Yaml;

namespace Automation;

/// <summary>
/// Generates <c>appveyor.yml</c> (NUKE's <c>[AppVeyor]</c>): the images as a build matrix (one job each), the branch
/// and commit filters, the encrypted secrets of <see cref="AppVeyorSecretAttribute"/> as <c>secure:</c> environment
/// variables, and a build script running the invoked targets through <c>.\build.cmd</c> on Windows images and
/// <c>./build.sh</c> on the others (which installs the SDK of <c>global.json</c> when the image lacks it). AppVeyor clones
/// the whole history, which versioning needs. What targets produce is kept as artifacts.
/// <code>[AppVeyor(AppVeyorImage.VisualStudio2022, AppVeyorImage.UbuntuLatest, BranchesOnly = ["main"], SkipTags = true, InvokedTargets = ["test", "pack"])]</code>
/// </summary>
/// <remarks>
/// AppVeyor reads <c>appveyor.yml</c> (or <c>.appveyor.yml</c>) by default; a file with a suffix
/// (<c>appveyor.continuous.yml</c>) is read once the project's settings name it. AppVeyor has no job dependencies, so
/// <see cref="CiConfigurationAttribute.FanOut"/> and <see cref="CiConfigurationAttribute.DeployEnvironments"/> are
/// refused, and its build timeout is a project setting, so <see cref="CiConfigurationAttribute.TimeoutMinutes"/> is not
/// written.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public class AppVeyorAttribute : CiConfigurationAttribute
{
    /// <summary>A configuration written to <c>appveyor.yml</c>, on the given images.</summary>
    /// <param name="image">The first image.</param>
    /// <param name="images">More images; one job each.</param>
    public AppVeyorAttribute(AppVeyorImage image, params AppVeyorImage[] images)
        : this(suffix: null, image, images)
    {
    }

    /// <summary>A configuration written to <c>appveyor.&lt;suffix&gt;.yml</c> (<c>appveyor.yml</c> when null), on the given images.</summary>
    /// <param name="suffix">The file name's suffix, or null.</param>
    /// <param name="image">The first image.</param>
    /// <param name="images">More images; one job each.</param>
    public AppVeyorAttribute(string? suffix, AppVeyorImage image, params AppVeyorImage[] images)
    {
        ArgumentNullException.ThrowIfNull(images);
        Suffix = suffix;
        Images = [.. new[] { image }.Concat(images).Select(AppVeyorImages.Label).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The file name's suffix, or null for <c>appveyor.yml</c>.</summary>
    public string? Suffix { get; }

    /// <summary>AppVeyor's names of the images (<c>Visual Studio 2022</c>, <c>Ubuntu</c>), one job each.</summary>
    public IReadOnlyList<string> Images { get; }

    /// <summary>Services started before the build (<c>services:</c>; Windows images).</summary>
    public AppVeyorService[] Services { get; set; } = [];

    /// <summary>Branches (names, or <c>/regular expressions/</c>) whose commits are built; none: all but <see cref="BranchesExcept"/>.</summary>
    public string[] BranchesOnly { get; set; } = [];

    /// <summary>Branches (names, or <c>/regular expressions/</c>) whose commits are not built.</summary>
    public string[] BranchesExcept { get; set; } = [];

    /// <summary>Whether pushing a tag starts no build (<c>skip_tags</c>).</summary>
    public bool SkipTags { get; set; }

    /// <summary>Whether a branch with an open pull request is built only as the pull request (<c>skip_branch_with_pr</c>).</summary>
    public bool SkipBranchesWithPullRequest { get; set; }

    /// <summary>Only commits whose message matches this (a <c>/regular expression/</c> or text) are built.</summary>
    public string? OnlyCommitsMessage { get; set; }

    /// <summary>Only commits by this author (user name, name, e-mail or <c>/regular expression/</c>) are built.</summary>
    public string? OnlyCommitsAuthor { get; set; }

    /// <summary>Commits whose message matches this are not built.</summary>
    public string? SkipCommitsMessage { get; set; }

    /// <summary>Commits by this author are not built.</summary>
    public string? SkipCommitsAuthor { get; set; }

    /// <summary>Commands run first, before the clone (<c>init:</c>), such as <c>git config --global core.autocrlf input</c>.</summary>
    public string[] Init { get; set; } = [];

    /// <summary>Cache entries kept between builds, in AppVeyor's form (<c>"%USERPROFILE%\.nuget\packages -> **\*.csproj"</c>).</summary>
    public string[] Cache { get; set; } = [];

    /// <summary>Whether the build fetches the repository's submodules (AppVeyor's clone does not).</summary>
    public bool Submodules { get; set; }

    /// <summary>
    /// The <see cref="AppVeyorSecretAttribute"/>s (by parameter) written to this file; null (the default) writes them
    /// all, an empty list none. NUKE's older <c>"Parameter:encrypted"</c> entries are accepted too.
    /// </summary>
    public string[]? Secrets { get; set; }

    internal override string Display => Suffix is null ? "[AppVeyor(suffix: null, ...)]" : $"[AppVeyor(\"{Suffix}\", ...)]";

    internal override string RelativePath => Suffix is null ? "appveyor.yml" : $"appveyor.{Suffix}.yml";

    internal override IEnumerable<(string Parameter, string Value)> EncryptedSecrets(Type buildType) => AppVeyorSecrets.Select(this, buildType);

    internal override YamlMap Render(CiPipeline pipeline) => new AppVeyorConfigurationWriter(this, pipeline).Write();

    // Its parallel jobs are a matrix of environments, with no job dependencies to gather the parts' results: a split
    // target runs whole, in the one job.
    internal override bool RunsPartitions => false;
}
