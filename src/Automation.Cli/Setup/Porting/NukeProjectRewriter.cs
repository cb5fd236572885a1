using System.Xml.Linq;

namespace Automation.Cli.Setup.Porting;

/// <summary>
/// The port rewrite of a NUKE build's project file: its <c>Nuke.Common</c> and <c>Nuke.Components</c> package references
/// become one reference to <c>Automation.Components</c> (which brings the engine), as in the project setup writes, and it
/// targets the framework the engine is built for; project-wide <c>&lt;Using Include="Nuke.…" /&gt;</c> items are rewritten as the
/// source's <c>using</c> lines are. Everything else (tool <c>PackageDownload</c>s, properties, other
/// packages) stays.
/// </summary>
internal static class NukeProjectRewriter
{
    /// <summary>The framework the ported build targets: the one setup's own build project targets.</summary>
    public const string TargetFramework = "net10.0";

    private static readonly HashSet<string> NukePackages = new(["Nuke.Common", "Nuke.Components"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The rewritten project; <paramref name="project"/> must be MSBuild XML.</summary>
    /// <exception cref="SetupException">The project is not well-formed XML.</exception>
    public static string Rewrite(string project, string automationVersion)
    {
        ArgumentNullException.ThrowIfNull(project);
        XDocument document;
        try
        {
            document = XDocument.Parse(project, LoadOptions.PreserveWhitespace);
        }
        catch (System.Xml.XmlException exception)
        {
            throw new SetupException($"NUKE's build project is not well-formed XML ({exception.Message}): fix it, or run automation :setup --move-nuke to move it aside.", exception);
        }

        var root = document.Root ?? throw new SetupException("NUKE's build project is empty: run automation :setup --move-nuke to move it aside.");
        var ns = root.Name.Namespace;
        var references = root.Descendants(ns + "PackageReference")
            .Where(e => NukePackages.Contains((string?)e.Attribute("Include") ?? string.Empty))
            .ToList();
        var group = references.FirstOrDefault()?.Parent;
        foreach (var reference in references)
        {
            RemoveWithLine(reference);
        }

        if (group is null || group.Parent is null)
        {
            group = new XElement(ns + "ItemGroup");
            root.Add(group);
        }

        var indent = group.PreviousNode is XText text ? text.Value.TrimStart('\r', '\n') : "  ";
        group.AddFirst(new XText("\n" + indent + "  "), new XElement(ns + "PackageReference", new XAttribute("Include", "Automation.Components"), new XAttribute("Version", automationVersion)));
        RewriteUsings(root, ns);
        foreach (var framework in root.Descendants(ns + "TargetFramework"))
        {
            framework.Value = TargetFramework;
        }

        foreach (var frameworks in root.Descendants(ns + "TargetFrameworks").ToList())
        {
            frameworks.Name = ns + "TargetFramework";
            frameworks.Value = TargetFramework;
        }

        return document.ToString(SaveOptions.DisableFormatting) + "\n";
    }

    // Project-wide usings (<Using Include="Nuke.Common.IO" />, NUKE 7+ templates) follow the source rewrite's rule; the
    // many that become <Using Include="Automation" /> collapse into one (a repeated global using is a compiler warning).
    private static void RewriteUsings(XElement root, XNamespace ns)
    {
        var seen = new HashSet<(string, bool)>();
        foreach (var item in root.Descendants(ns + "Using").ToList())
        {
            var include = (string?)item.Attribute("Include") ?? string.Empty;
            var isStatic = string.Equals((string?)item.Attribute("Static"), "true", StringComparison.OrdinalIgnoreCase);
            if (include.StartsWith("Nuke.", StringComparison.Ordinal))
            {
                include = isStatic ? NukeSourceRewriter.QualifiedName(include) : NukeSourceRewriter.NamespaceOf(include);
                item.SetAttributeValue("Include", include);
            }

            if (item.Attribute("Alias") is null && !seen.Add((include, isStatic)))
            {
                RemoveWithLine(item);
            }
        }
    }

    private static void RemoveWithLine(XElement element)
    {
        if (element.PreviousNode is XText whitespace && string.IsNullOrWhiteSpace(whitespace.Value))
        {
            whitespace.Remove();
        }

        element.Remove();
    }
}
