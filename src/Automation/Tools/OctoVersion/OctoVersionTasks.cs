using Automation.Tools.Resolution;

namespace Automation;

/// <summary>
/// NUKE's <c>OctoVersionTasks</c>: runs OctoVersion (Octopus Deploy's version calculator) and reads the JSON file it
/// writes. OctoVersion is what the build project brings, as in NUKE: <c>OctoVersion.Tool.dll</c> of a
/// <c>&lt;PackageDownload Include="Octopus.OctoVersion.Tool" …/&gt;</c>; else <c>OCTOVERSION_EXE</c>, a local tool
/// <c>octoversion</c>, or <c>octoversion</c> on PATH. Works in a target and outside one. Without the tool,
/// <c>[GitVersion]</c> computes a version from git history with this project's own engine.
/// </summary>
public sealed class OctoVersionTasks : IRequireTool
{
    // Not static, so that [Requires<OctoVersionTasks>] can name it; it has only static members.
    private OctoVersionTasks()
    {
    }

    /// <summary>Where OctoVersion is looked for.</summary>
    internal static readonly PackagedTool Tool = new(
        "octoversion",
        ["Octopus.OctoVersion.Tool", "OctoVersion.Tool"],
        "OctoVersion.Tool.dll|octoversion.dll|octoversion",
        "octoversion",
        ["octoversion"],
        "or use [GitVersion] readonly GitVersion GitVersion; instead: this project's own GitVersion-compatible engine, no tool needed");

    /// <summary>Runs OctoVersion and reads the version it computed.</summary>
    /// <param name="configurator">Sets the branch and the rest.</param>
    /// <returns>The version and OctoVersion's output lines.</returns>
    /// <exception cref="ToolNotFoundException">OctoVersion was not found; the message names the package to reference.</exception>
    /// <exception cref="InvalidOperationException">OctoVersion failed, or wrote no version.</exception>
    public static (OctoVersionInfo Result, IReadOnlyCollection<OutputLine> Output) OctoVersionGetVersion(Configure<OctoVersionGetVersionSettings>? configurator = null) =>
        OctoVersionGetVersion(configurator is null ? new OctoVersionGetVersionSettings() : configurator(new OctoVersionGetVersionSettings()));

    /// <summary>Runs OctoVersion with <paramref name="settings"/> and reads the version it computed.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The version and OctoVersion's output lines.</returns>
    /// <exception cref="ToolNotFoundException">OctoVersion was not found.</exception>
    /// <exception cref="InvalidOperationException">OctoVersion failed, or wrote no version.</exception>
    public static (OctoVersionInfo Result, IReadOnlyCollection<OutputLine> Output) OctoVersionGetVersion(OctoVersionGetVersionSettings settings) =>
        Run(settings, root: null);

    /// <summary>Runs OctoVersion (for <c>[OctoVersion]</c>, which knows the root).</summary>
    internal static (OctoVersionInfo Result, IReadOnlyCollection<OutputLine> Output) Run(OctoVersionGetVersionSettings settings, AbsolutePath? root)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var temporary = settings.OutputJsonFile is null ? Path.Combine(Path.GetTempPath(), $"octoversion.{Guid.NewGuid():N}.json") : null;
        var effective = settings with
        {
            OutputJsonFile = settings.OutputJsonFile ?? temporary,
            OutputFormats = settings.DetectEnvironment == true || settings.OutputFormats.Contains(OctoVersionOutputFormatter.JsonFile)
                ? settings.OutputFormats
                : [.. settings.OutputFormats, OctoVersionOutputFormatter.JsonFile],
        };
        try
        {
            var output = PackagedToolRunner.Run(Tool, effective, settings.Framework, effective.ToArguments(), new Dictionary<string, string?> { ["DOTNET_ROLL_FORWARD"] = "Major", ["DOTNET_NOLOGO"] = "1" }, root);
            var baseDirectory = root?.ToString() ?? CurrentTarget.ContextOrNull?.WorkingDirectory.ToString() ?? Environment.CurrentDirectory;
            var file = Path.GetFullPath(effective.OutputJsonFile!, baseDirectory);
            if (!File.Exists(file))
            {
                throw new InvalidOperationException($"OctoVersion wrote no version file ({file}): check its output above, and that OutputFormats includes JsonFile.");
            }

            try
            {
                return (OctoVersionInfo.FromJson(File.ReadAllText(file)), output);
            }
            catch (FormatException exception)
            {
                throw new InvalidOperationException($"{file}: {exception.Message}", exception);
            }
        }
        finally
        {
            if (temporary is not null)
            {
                File.Delete(temporary);
            }
        }
    }
}
