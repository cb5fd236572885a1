using System.Text.RegularExpressions;
using System.Xml.Linq;
using NuGet.Versioning;

namespace Automation.Cli.Setup.Porting;

/// <summary>
/// The port rewrite of a NUKE build's project file: its references to NUKE's packages (<c>Nuke.Common</c>,
/// <c>Nuke.Components</c>, and those NUKE 9+ builds name as well, such as <c>Nuke.Tooling</c>) become one reference to
/// <c>Automation.Components</c> (which brings the engine), as in the project setup writes, and it
/// targets the framework the engine is built for; project-wide <c>&lt;Using Include="Nuke.…" /&gt;</c> items are rewritten as the
/// source's <c>using</c> lines are. Everything else (tool <c>PackageDownload</c>s, properties, other
/// packages) stays. Packages Nuke.Common brought along that the build's sources use (<c>Newtonsoft.Json</c>,
/// <c>NuGet.Packaging</c>, <c>Azure.Core</c>, MSBuild's packages and <c>Microsoft.Build.Locator</c>) become references of
/// their own, since the engine does not bring them. MSBuild's (<c>Microsoft.Build</c>, <c>Microsoft.Build.Framework</c>,
/// and NUKE 5's <c>Microsoft.Build.Tasks.Core</c> and <c>Microsoft.Build.Utilities.Core</c>) are referenced as Nuke.Common
/// referenced them, for compiling only (<c>ExcludeAssets="runtime"</c>), with <c>Microsoft.Build.Locator</c>: at run time
/// the build uses the MSBuild of the .NET SDK, which <see cref="MSBuildRegistration"/> finds (MSBuild's own copy in the
/// build's output cannot evaluate projects: it finds no SDK). A build whose NUKE reference has no version takes its
/// versions from the repository's Directory.Packages.props (central package management, which NuGet refuses a
/// <c>Version</c> in): the new references give theirs as <c>VersionOverride</c>, and each package the engine's packages
/// depend on that the repository pins lower (<see cref="EngineDependencies"/>) gets a reference with the engine's version as
/// <c>VersionOverride</c> (else restore fails with NU1109), so the port needs no change outside <c>build/</c>.
/// </summary>
internal static partial class NukeProjectRewriter
{
    /// <summary>The framework the ported build targets: the one setup's own build project targets.</summary>
    public const string TargetFramework = "net10.0";

    // NUKE's own packages (the packable projects of nuke-build/nuke): the engine takes all their places. Packages of
    // others named Nuke.* (Nuke.GitHub, …) stay: they are the build's own dependencies.
    private static readonly HashSet<string> NukePackages = new(
        [
            "Nuke.Common", "Nuke.Components", "Nuke.Tooling", "Nuke.Build", "Nuke.Build.Shared", "Nuke.ProjectModel", "Nuke.SolutionModel",
            "Nuke.Utilities", "Nuke.Utilities.IO.Globbing", "Nuke.Utilities.IO.Compression", "Nuke.Utilities.Net", "Nuke.Utilities.Text.Json",
            "Nuke.Utilities.Text.Yaml", "Nuke.SourceGenerators", "Nuke.MSBuildTasks",
        ],
        StringComparer.OrdinalIgnoreCase);

    // What Nuke.Common brought along and builds use without referencing it: the package, the version (the registry's, at
    // least the one Nuke.Common 10 depended on; NuGet's matches the engine's NuGet.Versioning) and how sources name it.
    // MSBuild's packages: the newest with a net8.0 build (18.10 and later have only net11.0 and net472, which a net10.0
    // build cannot run), compiled against only; the SDK's MSBuild, newer, runs.
    private static readonly (string Id, string Version, bool CompileOnly, Regex Use)[] BroughtAlong =
    [
        ("Newtonsoft.Json", "13.0.4", false, NewtonsoftUse()),
        ("NuGet.Packaging", "8.0.0", false, NuGetPackagingUse()),
        ("Azure.Core", "1.65.0", false, AzureCoreUse()),
        ("Microsoft.Build", "17.11.48", true, MSBuildUse()),
        ("Microsoft.Build.Framework", "17.11.48", true, MSBuildUse()),
        ("Microsoft.Build.Locator", "1.11.2", false, MSBuildOrLocatorUse()),
        ("Microsoft.Build.Tasks.Core", "17.7.2", true, MSBuildTasksUse()),
        ("Microsoft.Build.Utilities.Core", "17.11.48", true, MSBuildUtilitiesUse()),
    ];

    /// <summary>
    /// Whether the ported build needs <see cref="MSBuildRegistration"/>: its sources use MSBuild's types and do not
    /// register an MSBuild themselves (<c>MSBuildLocator.RegisterDefaults()</c>, …).
    /// </summary>
    public static bool NeedsMSBuildRegistration(IReadOnlyCollection<string> sources) =>
        sources is not null && sources.Any(s => MSBuildUse().IsMatch(s) || MSBuildTasksUse().IsMatch(s) || MSBuildUtilitiesUse().IsMatch(s)) && !sources.Any(s => s.Contains("MSBuildLocator.Register", StringComparison.Ordinal));

    /// <summary>Whether <paramref name="packageId"/> is one of NUKE's own packages, which the engine replaces.</summary>
    public static bool IsNukesOwn(string packageId) => NukePackages.Contains(packageId);

    /// <summary>The rewritten project; <paramref name="project"/> must be MSBuild XML, <paramref name="sources"/> are the
    /// build's C# sources (what they use of the packages Nuke.Common brought along is referenced),
    /// <paramref name="centralVersions"/> the versions the repository pins centrally (<see cref="CentralPackageVersions"/>).</summary>
    /// <exception cref="SetupException">The project is not well-formed XML.</exception>
    public static string Rewrite(string project, string automationVersion, IReadOnlyCollection<string>? sources = null, IReadOnlyDictionary<string, NuGetVersion>? centralVersions = null)
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
        var versionAttribute = references.Count > 0 && references.TrueForAll(IsCentrallyVersioned) ? "VersionOverride" : "Version";
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
        var referenced = root.Descendants(ns + "PackageReference").Select(e => (string?)e.Attribute("Include") ?? string.Empty).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, version, compileOnly, _) in Enumerable.Reverse(BroughtAlong).Where(p => !referenced.Contains(p.Id) && (sources ?? []).Any(s => p.Use.IsMatch(s))))
        {
            var reference = new XElement(ns + "PackageReference", new XAttribute("Include", id), new XAttribute(versionAttribute, version));
            if (compileOnly)
            {
                reference.Add(new XAttribute("ExcludeAssets", "runtime"));
            }

            group.AddFirst(new XText("\n" + indent + "  "), reference);
        }

        if (versionAttribute == "VersionOverride")
        {
            OverrideLowerPins(root, group, indent, centralVersions ?? new Dictionary<string, NuGetVersion>());
        }

        group.AddFirst(new XText("\n" + indent + "  "), new XElement(ns + "PackageReference", new XAttribute("Include", "Automation.Components"), new XAttribute(versionAttribute, automationVersion)));
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

        // A project that named no framework took it from the repository's Directory.Build.props (qyl-api-schema,
        // Slang.Net), which setup's build/Directory.Build.props keeps out: the ported project names its own.
        if (!root.Descendants(ns + "TargetFramework").Any())
        {
            var properties = root.Element(ns + "PropertyGroup");
            if (properties is null)
            {
                properties = new XElement(ns + "PropertyGroup");
                root.AddFirst(new XText("\n" + indent), properties);
            }

            properties.AddFirst(new XText("\n" + indent + "  "), new XElement(ns + "TargetFramework", TargetFramework));
        }

        return document.ToString(SaveOptions.DisableFormatting) + "\n";
    }

    // Central package management pins a package for the whole graph: one the engine needs newer than the pin is a
    // downgrade, which restore refuses (NU1109). A reference with VersionOverride lifts the pin for this project only;
    // one the build already has with a version of its own is the build's choice and stays.
    private static void OverrideLowerPins(XElement root, XElement group, string indent, IReadOnlyDictionary<string, NuGetVersion> centralVersions)
    {
        var ns = root.Name.Namespace;
        var lower = EngineDependencies.All
            .Where(d => centralVersions.TryGetValue(d.Key, out var pinned) && pinned < d.Value)
            .OrderByDescending(d => d.Key, StringComparer.OrdinalIgnoreCase);
        foreach (var (id, version) in lower)
        {
            var existing = root.Descendants(ns + "PackageReference").FirstOrDefault(e => string.Equals((string?)e.Attribute("Include"), id, StringComparison.OrdinalIgnoreCase));
            if (existing is null)
            {
                group.AddFirst(new XText("\n" + indent + "  "), new XElement(ns + "PackageReference", new XAttribute("Include", id), new XAttribute("VersionOverride", version.ToNormalizedString())));
            }
            else if (IsCentrallyVersioned(existing))
            {
                existing.SetAttributeValue("VersionOverride", version.ToNormalizedString());
            }
        }
    }

    // <PackageReference Include="Nuke.Common" /> with no version of its own, as under central package management.
    private static bool IsCentrallyVersioned(XElement reference) =>
        reference.Attribute("Version") is null && reference.Attribute("VersionOverride") is null
        && !reference.Elements().Any(e => e.Name.LocalName is "Version" or "VersionOverride");

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

    [GeneratedRegex(@"(?<![\w.])Newtonsoft\.Json\b")]
    private static partial Regex NewtonsoftUse();

    [GeneratedRegex(@"(?<![\w.])NuGet\.(?:Packaging|Configuration|Frameworks|Common)\b")]
    private static partial Regex NuGetPackagingUse();

    [GeneratedRegex(@"(?<![\w.])Azure\.Core\b")]
    private static partial Regex AzureCoreUse();

    // Microsoft.Build's own namespaces; Microsoft.Build.Locator is a package of its own.
    [GeneratedRegex(@"(?<![\w.])Microsoft\.Build\.(?:Evaluation|Construction|Exceptions|Execution|Definition|Framework|Graph|Logging|Globbing)\b")]
    private static partial Regex MSBuildUse();

    // The locator comes with any of MSBuild's types (to find the SDK's MSBuild), or for a build that uses it itself.
    [GeneratedRegex(@"(?<![\w.])Microsoft\.Build\.(?:Locator|Evaluation|Construction|Exceptions|Execution|Definition|Framework|Graph|Logging|Globbing|Tasks|Utilities)\b")]
    private static partial Regex MSBuildOrLocatorUse();

    // NUKE 5 brought MSBuild's task and utility assemblies too (ArchMastery.Desktop imports Microsoft.Build.Tasks).
    [GeneratedRegex(@"(?<![\w.])Microsoft\.Build\.Tasks\b")]
    private static partial Regex MSBuildTasksUse();

    [GeneratedRegex(@"(?<![\w.])Microsoft\.Build\.Utilities\b")]
    private static partial Regex MSBuildUtilitiesUse();
}
