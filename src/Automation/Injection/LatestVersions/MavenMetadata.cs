using System.Xml;
using System.Xml.Linq;

namespace Automation.Injection.LatestVersions;

/// <summary>A Maven repository's <c>maven-metadata.xml</c> of one artifact: where it is, and the versions it lists.</summary>
internal static class MavenMetadata
{
    /// <summary>
    /// <c>&lt;repository&gt;/&lt;group as a path&gt;/&lt;artifact&gt;/maven-metadata.xml</c>. A repository without a scheme
    /// (<c>repo.maven.apache.org/maven2</c>, as NUKE builds write it) is reached over https; one with a scheme as given.
    /// </summary>
    /// <param name="repository">The repository root.</param>
    /// <param name="groupId">The group, dotted (<c>com.ncorti</c>).</param>
    /// <param name="artifactId">The artifact; NUKE's default is the group id.</param>
    public static Uri Url(string repository, string groupId, string? artifactId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repository);
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        var root = repository.Trim().TrimEnd('/');
        if (!root.Contains("://", StringComparison.Ordinal))
        {
            root = "https://" + root;
        }

        var text = $"{root}/{groupId.Trim().Replace('.', '/')}/{(string.IsNullOrWhiteSpace(artifactId) ? groupId.Trim() : artifactId.Trim())}/maven-metadata.xml";
        return Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw new InvalidOperationException($"'{repository}' is no repository URL: give one like repo.maven.apache.org/maven2 or https://host/path");
    }

    /// <summary>The versions listed under <c>versioning/versions</c>.</summary>
    /// <exception cref="InvalidOperationException">Not XML.</exception>
    public static IReadOnlyList<string> Versions(string xml)
    {
        try
        {
            return [.. XDocument.Parse(xml).Descendants().Where(e => e.Name.LocalName == "version" && e.Parent?.Name.LocalName == "versions").Select(e => e.Value.Trim()).Where(v => v.Length > 0)];
        }
        catch (XmlException exception)
        {
            throw new InvalidOperationException($"maven-metadata.xml is not XML ({exception.Message})", exception);
        }
    }
}
