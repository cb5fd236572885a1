namespace Automation.Cli.Setup.Porting;

/// <summary>
/// What to do about a NUKE name the engine does not have: the rows of docs/porting-from-nuke.md for names a compiler
/// error can be about. Names the engine has under NUKE's name (or an [Obsolete] shim naming its replacement) need none.
/// </summary>
internal static class PortHints
{
    private static readonly Dictionary<string, string> Hints = new(StringComparer.Ordinal)
    {
        ["Nuke"] = "a namespace the port rewrite did not reach (in a string or an alias?): use Automation",
        ["CheckBuildProjectConfigurations"] = "remove the attribute: the engine checks nothing of the kind",
        ["NukeRootDirectory"] = "not needed: the root is the folder with .nuke/",
        ["GitHubActionsCustomWatermarkAttribute"] = "derive from GitHubActionsAttribute and override GetJobs instead",
        ["ConfigurationAttributeBase"] = "derive from GitHubActionsAttribute, AzurePipelinesAttribute, GitLabCIAttribute, AppVeyorAttribute or TeamCityAttribute",
        ["From"] = "NUKE's From<T>() cast helper: write ((ICompile)this) or add `T From<T>() where T : class => (T)(object)this;` to the build",
        ["Logger"] = "NUKE's old Logger: use Serilog's Log.Information/Warning/Error",
        ["Build"] = "Microsoft.Build's types (Nuke.Common brought the package along): reference Microsoft.Build and Microsoft.Build.Framework 17.11.48 with ExcludeAssets=\"runtime\" and Microsoft.Build.Locator 1.11.2 in build/_build.csproj, and call MSBuildLocator.RegisterDefaults() first (docs/porting-from-nuke.md)",
        ["Output"] = "NUKE's Output (a line of a tool's output) is OutputLine here, with the same Type and Text",
        ["HelmTasks"] = "no Helm tasks: [PathVariable] readonly Tool Helm; then Helm($\"template {chart} --output-dir {dir}\")",
    };

    /// <summary>The hint for <paramref name="subject"/>, or null.</summary>
    public static string? For(string subject) =>
        subject is not null && Hints.TryGetValue(subject, out var hint) ? hint : null;
}
