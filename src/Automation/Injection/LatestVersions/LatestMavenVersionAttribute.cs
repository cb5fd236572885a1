using System.Reflection;
using Automation.Injection.LatestVersions;

namespace Automation;

/// <summary>
/// NUKE's <c>[LatestMavenVersion("repo.maven.apache.org/maven2", "com.example", "artifact")] readonly string Version;</c>:
/// fills the member with the newest version an artifact's <c>maven-metadata.xml</c> lists (by SemVer precedence; stable
/// only unless <see cref="IncludePrerelease"/>), as the repository writes it (a <c>NuGet.Versioning.NuGetVersion</c>
/// member gets it parsed). A repository without a scheme is reached over https. A failure (offline, 404) leaves the
/// member null with a warning naming it and the cause, as for every injected value.
/// </summary>
public class LatestMavenVersionAttribute : ValueInjectionAttributeBase
{
    private readonly string _repository;
    private readonly string _groupId;
    private readonly string? _artifactId;

    /// <summary>The newest version of an artifact.</summary>
    /// <param name="repository">The repository root (<c>repo.maven.apache.org/maven2</c>, <c>plugins.gradle.org/m2</c>).</param>
    /// <param name="groupId">The group id (<c>com.ncorti</c>).</param>
    /// <param name="artifactId">The artifact id; default: the group id.</param>
    public LatestMavenVersionAttribute(string repository, string groupId, string? artifactId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repository);
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        _repository = repository;
        _groupId = groupId;
        _artifactId = artifactId;
    }

    /// <summary>Whether pre-release versions (<c>2.0.0-RC1</c>) count (default false).</summary>
    public bool IncludePrerelease { get; set; }

    /// <inheritdoc />
    public override object? GetValue(MemberInfo member, object instance)
    {
        ArgumentNullException.ThrowIfNull(member);
        var url = MavenMetadata.Url(_repository, _groupId, _artifactId);
        var versions = MavenMetadata.Versions(RemoteDocument.Get(url, "maven-metadata.xml"));
        var newest = VersionChoice.Newest(versions, IncludePrerelease)
            ?? throw new InvalidOperationException(versions.Count == 0
                ? $"{url} lists no versions: check the group and artifact ids"
                : $"{url} lists no {(IncludePrerelease ? string.Empty : "stable ")}version this build reads as a version ({string.Join(", ", versions.TakeLast(5))}){(IncludePrerelease ? string.Empty : ": set IncludePrerelease = true to take a pre-release")}");
        return VersionChoice.ForMember(member, newest);
    }
}
