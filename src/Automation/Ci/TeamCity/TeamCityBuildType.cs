using Automation.Ci;

namespace Automation;

/// <summary>
/// One build type (TeamCity's job) of the configuration a <see cref="TeamCityAttribute"/> writes: the targets it runs,
/// its name and what it keeps as artifacts. A subclass's <c>GetBuildTypes</c> may change <see cref="Name"/>,
/// <see cref="Description"/> and <see cref="ArtifactRules"/> before they are written.
/// </summary>
public sealed class TeamCityBuildType
{
    internal TeamCityBuildType(CiJob job, string id)
    {
        Job = job;
        Id = id;
        Name = job.Targets[^1];
        InvokedTargets = [.. job.Targets];
        ArtifactRules = [.. job.Uploads.Select(a => $"{a.Path} => {a.Path}")];
    }

    /// <summary>The build type's id and Kotlin object name (letters, digits and underscores).</summary>
    public string Id { get; }

    /// <summary>The name TeamCity shows; the target's name by default.</summary>
    public string Name { get; set; }

    /// <summary>The description TeamCity shows, if any.</summary>
    public string? Description { get; set; }

    /// <summary>The targets the build type invokes, by command-line name.</summary>
    public IReadOnlyList<string> InvokedTargets { get; }

    /// <summary>
    /// NUKE's test partition; null here, as this is the build type of the whole target. For a target split with
    /// <c>.Partition(n)</c> the generator adds one build type per part (<c>{Id}_P{i}T{n}</c>, run with
    /// <c>--partition i/n</c>) and writes this one as their composite.
    /// </summary>
    public string? Partition => null;

    /// <summary>TeamCity artifact rules (<c>artifacts/packages => artifacts/packages</c>): what the build type keeps.</summary>
    public string[] ArtifactRules { get; set; }

    /// <summary>Whether TeamCity treats it as a deployment (manually triggered targets), which is never queued twice.</summary>
    public bool IsDeployment { get; set; }

    internal CiJob Job { get; }
}
