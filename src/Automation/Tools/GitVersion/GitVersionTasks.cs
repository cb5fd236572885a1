using Automation.Tools.Resolution;
using Automation.Versioning;

namespace Automation;

/// <summary>
/// NUKE's <c>GitVersionTasks</c>: runs the real GitVersion program and reads its JSON into the same
/// <see cref="Automation.GitVersion"/> object <c>[GitVersion]</c> gives (<c>GitVersionTasks.GitVersion(s =&gt; s.SetNoFetch(true)).Result.FullSemVer</c>).
/// GitVersion is what the build project brings, as in NUKE: the <c>gitversion.dll</c> of a
/// <c>&lt;PackageDownload Include="GitVersion.Tool" …/&gt;</c> (or of <c>GitVersion.MsBuild</c>, which holds the same
/// program), for <see cref="GitVersionSettings.Framework"/> or the best framework this runtime runs; else
/// <c>GITVERSION_EXE</c>, a local tool <c>dotnet-gitversion</c>, or <c>dotnet-gitversion</c>/<c>gitversion</c> on PATH.
/// Works in a target (output in its group) and outside one (<c>OnBuildInitialized</c>). Without the tool,
/// <c>[GitVersion]</c> computes the same variables with this project's own engine and needs no program.
/// </summary>
public sealed class GitVersionTasks : IRequireTool
{
    // Not static, so that [Requires<GitVersionTasks>] can name it; it has only static members.
    private GitVersionTasks()
    {
    }

    /// <summary>Where GitVersion is looked for.</summary>
    internal static readonly PackagedTool Tool = new(
        "gitversion",
        ["GitVersion.Tool", "GitVersion.MsBuild"],
        "gitversion.dll|gitversion.exe",
        "dotnet-gitversion",
        ["dotnet-gitversion", "gitversion"],
        "or use [GitVersion] readonly GitVersion GitVersion; instead: this project's own GitVersion-compatible engine, no tool needed");

    /// <summary>Runs GitVersion with configured default settings.</summary>
    /// <param name="configurator">Sets the framework, <c>NoFetch</c> and the rest.</param>
    /// <returns>The version and GitVersion's output lines.</returns>
    /// <exception cref="ToolNotFoundException">GitVersion was not found; the message names the package to reference.</exception>
    /// <exception cref="InvalidOperationException">GitVersion failed, or printed no JSON.</exception>
    public static (Automation.GitVersion Result, IReadOnlyCollection<OutputLine> Output) GitVersion(Configure<GitVersionSettings>? configurator = null) =>
        GitVersion(configurator is null ? new GitVersionSettings() : configurator(new GitVersionSettings()));

    /// <summary>Runs GitVersion with <paramref name="settings"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The version and GitVersion's output lines.</returns>
    /// <exception cref="ToolNotFoundException">GitVersion was not found; the message names the package to reference.</exception>
    /// <exception cref="InvalidOperationException">GitVersion failed, or printed no JSON.</exception>
    public static (Automation.GitVersion Result, IReadOnlyCollection<OutputLine> Output) GitVersion(GitVersionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        // A GitVersion.Tool built for an older runtime than the installed one still runs; DOTNET_NOLOGO keeps the JSON clean.
        var output = PackagedToolRunner.Run(Tool, settings, settings.Framework, settings.ToArguments(), new Dictionary<string, string?> { ["DOTNET_ROLL_FORWARD"] = "Major", ["DOTNET_NOLOGO"] = "1" });
        return (new Automation.GitVersion(Read(output.Where(l => l.Type == OutputType.Std).Select(l => l.Text))), output);
    }

    /// <summary>The variables in GitVersion's standard output (its JSON object, after any log lines).</summary>
    /// <exception cref="InvalidOperationException">No JSON object, or one that is not GitVersion's.</exception>
    internal static VersionVariables Read(IEnumerable<string> standardOutput)
    {
        var text = string.Join('\n', standardOutput);
        var start = text.IndexOf("\n{", StringComparison.Ordinal) is var at and >= 0 ? at + 1 : text.StartsWith('{') ? 0 : -1;
        var end = text.LastIndexOf('}');
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"GitVersion printed no JSON ({(text.Length == 0 ? "no output" : $"last line: '{text.Split('\n')[^1].Trim()}'")}): leave Output unset (or Json), and ShowVariable and ShowConfig off.");
        }

        try
        {
            return VersionVariables.FromJson(text[start..(end + 1)]);
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or FormatException)
        {
            throw new InvalidOperationException($"GitVersion printed JSON this build cannot read ({exception.Message}).", exception);
        }
    }
}
