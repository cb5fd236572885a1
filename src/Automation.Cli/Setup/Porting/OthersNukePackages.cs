using System.Xml.Linq;

namespace Automation.Cli.Setup.Porting;

/// <summary>
/// Packages named <c>Nuke.*</c> that are not NUKE's own (<c>Nuke.GitHub</c>, <c>Nuke.WebDeploy</c>, …): extensions of
/// NUKE, which depend on Nuke.Common. The port rewrite keeps them (they are the build's own choice), but restoring one
/// brings Nuke.Common back, and every NUKE type then exists twice, NUKE's and the engine's (errors CS0433, CS0121):
/// setup names each with what to do instead.
/// </summary>
internal static class OthersNukePackages
{
    // What the engine offers in place of the extensions NUKE builds used most; the others get the general advice.
    private static readonly Dictionary<string, string> Replacements = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Nuke.GitHub"] = "its PublishRelease(…) is the IGitHubRelease component here (or GitHubTasks.GitHubClient.Repository.Release.Create(…) with Octokit), and GitHubTasks has NUKE's release and milestone helpers",
        ["Nuke.CoberturaConverter"] = "ReportGeneratorTasks writes Cobertura reports (SetReportTypes(ReportTypes.Cobertura))",
        ["Nuke.Docker"] = "DockerTasks is here under NUKE's names",
        ["Nuke.WebDeploy"] = "there are no Web Deploy tasks: run msdeploy with a tool delegate ([PathExecutable] readonly Tool MSDeploy;)",
    };

    /// <summary>What to do about each such package <paramref name="project"/> references, one line each; none when it references none.</summary>
    /// <param name="project">The ported project's text (MSBuild XML).</param>
    /// <param name="projectPath">The project as the lines name it (<c>build/_build.csproj</c>).</param>
    public static IReadOnlyList<string> Advice(string project, string projectPath)
    {
        ArgumentNullException.ThrowIfNull(project);
        XDocument document;
        try
        {
            document = XDocument.Parse(project);
        }
        catch (System.Xml.XmlException)
        {
            // The build reports a project that is not XML; there is nothing to say about its packages.
            return [];
        }

        return document.Descendants().Where(e => e.Name.LocalName == "PackageReference")
            .Select(e => (string?)e.Attribute("Include") ?? string.Empty)
            .Where(id => id.StartsWith("Nuke.", StringComparison.OrdinalIgnoreCase) && !NukeProjectRewriter.IsNukesOwn(id))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(id =>
                $"{projectPath} still references {id}, an extension of NUKE that depends on Nuke.Common: restoring it brings Nuke.Common back, and NUKE's types then clash with Automation's (CS0433). " +
                $"Remove the reference; {(Replacements.TryGetValue(id, out var instead) ? instead : "call what it wrapped another way (a tool delegate, ProcessTasks.StartProcess, or the library it uses)")}.")
            .ToList();
    }
}
