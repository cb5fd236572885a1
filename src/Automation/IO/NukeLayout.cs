namespace Automation;

/// <summary>
/// The <c>.nuke/</c> folder of a repository root, the one place that knows its layout: the folder marks the root and
/// holds the parameter files and <c>build.schema.json</c> (committed); <c>.nuke/temp/</c> (git-ignored) holds what a
/// run leaves behind: <c>build.log</c> and its rotations, the one-build-at-a-time lock, <c>last-run.json</c> for
/// <c>--continue</c>, the up-to-date state of each target, the whole output of long commands and the completion cache.
/// </summary>
/// <param name="root">The repository root.</param>
public sealed class NukeLayout(AbsolutePath root)
{
    /// <summary>The folder's name: <c>.nuke</c>.</summary>
    public const string FolderName = ".nuke";

    /// <summary><see cref="TemporaryDirectory"/> relative to the root, with forward slashes: for <c>.gitignore</c>, CI caches and messages.</summary>
    public const string RelativeTemporaryDirectory = FolderName + "/temp";

    /// <summary>The repository root.</summary>
    public AbsolutePath Root { get; } = root ?? throw new ArgumentNullException(nameof(root));

    /// <summary><c>.nuke/</c> itself.</summary>
    public AbsolutePath Directory => Root / FolderName;

    /// <summary>Whether <c>.nuke/</c> exists, which makes <see cref="Root"/> a build's root.</summary>
    public bool Exists => Directory.DirectoryExists();

    /// <summary><c>.nuke/parameters.json</c>: parameter values for every run.</summary>
    public AbsolutePath ParametersFile => Directory / "parameters.json";

    /// <summary><c>.nuke/build.schema.json</c>: written by the build from its own declarations, for editors.</summary>
    public AbsolutePath SchemaFile => Directory / "build.schema.json";

    /// <summary><c>.nuke/temp/</c>: the git-ignored state of runs.</summary>
    public AbsolutePath TemporaryDirectory => Directory / "temp";

    /// <summary><c>.nuke/temp/build.log</c>: everything the last run wrote, secrets masked (older runs in numbered rotations beside it).</summary>
    public AbsolutePath LogFile => TemporaryDirectory / "build.log";

    /// <summary><c>.nuke/temp/build.lock</c>: the file a running build holds locked, so one build at a time runs in this root.</summary>
    public AbsolutePath LockFile => TemporaryDirectory / "build.lock";

    /// <summary><c>.nuke/temp/build.lock.json</c>: who holds <see cref="LockFile"/>, for the message of a build that waits.</summary>
    public AbsolutePath LockHolderFile => TemporaryDirectory / "build.lock.json";

    /// <summary><c>.nuke/temp/last-run.json</c>: what the last run did, which <c>--continue</c> resumes.</summary>
    public AbsolutePath LastRunFile => TemporaryDirectory / "last-run.json";

    /// <summary><c>.nuke/temp/output/</c>: the whole output of commands that printed more than their result keeps.</summary>
    public AbsolutePath OutputDirectory => TemporaryDirectory / "output";

    /// <summary><c>.nuke/temp/completion.txt</c>: the build's targets and options, for shell completion without starting the build.</summary>
    public AbsolutePath CompletionFile => TemporaryDirectory / "completion.txt";

    /// <summary><c>.nuke/parameters.&lt;profile&gt;.json</c>: the values <c>--profile &lt;profile&gt;</c> adds.</summary>
    /// <param name="profile">The profile's name.</param>
    public AbsolutePath ProfileParametersFile(string profile) => Directory / $"parameters.{profile}.json";

    /// <summary><c>.nuke/temp/targets/&lt;target&gt;.json</c>: the up-to-date state of one target.</summary>
    /// <param name="target">The target's name.</param>
    public AbsolutePath TargetStateFile(string target) => TemporaryDirectory / "targets" / $"{target}.json";
}
