using Automation.Tools;

namespace Automation;

/// <summary>
/// NUKE's <c>MinVerTasks</c>: runs minver-cli in the running target and reads the version it prints,
/// <c>MinVerTasks.MinVer(s =&gt; s.SetTagPrefix("v")).Result.Version</c>. minver is found as
/// <see cref="ITargetContext.ResolveTool"/> finds tools (<c>MINVER_EXE</c>, a local tool <c>minver-cli</c>, a
/// <c>&lt;PackageDownload Include="minver-cli" …/&gt;</c>, PATH).
/// </summary>
public sealed class MinVerTasks : IRequireTool
{
    // Not static, so that [Requires<MinVerTasks>] can name it; it has only static members.
    private MinVerTasks()
    {
    }

    /// <summary>The tool name minver is resolved by.</summary>
    public const string ToolName = "minver";

    /// <summary>Runs minver and reads its version.</summary>
    /// <param name="configurator">Sets the tag prefix and the rest.</param>
    /// <returns>The version and the output lines.</returns>
    /// <exception cref="ToolNotFoundException">minver was not found.</exception>
    /// <exception cref="InvalidOperationException">minver printed no version.</exception>
    public static (MinVer Result, IReadOnlyCollection<OutputLine> Output) MinVer(Configure<MinVerSettings>? configurator = null)
    {
        var output = ToolTaskRunner.Run(nameof(MinVer), ToolName, ToolTaskRunner.Apply(configurator, new MinVerSettings()));
        return (Read(output.Where(l => l.Type == OutputType.Std).Select(l => l.Text)), output);
    }

    /// <summary>The version among minver's standard output lines (its log lines start with <c>MinVer:</c>).</summary>
    internal static MinVer Read(IEnumerable<string> standardOutput)
    {
        var version = standardOutput.Select(l => l.Trim()).LastOrDefault(l => l.Length > 0 && !l.StartsWith("MinVer:", StringComparison.Ordinal));
        return version is null || version.Split('-', '+')[0].Split('.').Length != 3
            ? throw new InvalidOperationException($"minver printed no version ({(version is null ? "no output" : $"'{version}'")}): run it in a git work tree, with minver-cli 2 or later.")
            : new MinVer(version);
    }
}
