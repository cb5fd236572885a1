using Automation.Tools.MSBuild;

namespace Automation;

/// <summary>
/// NUKE's <c>MSBuildTasks</c>: runs MSBuild from the running target, <c>MSBuild(s =&gt; s.SetTargetPath(solution)
/// .SetTargets("Build").SetConfiguration(Configuration))</c> with <c>using static Automation.MSBuildTasks;</c>. MSBuild is
/// <c>SetProcessToolPath</c>'s file when given, else found as <see cref="ITargetContext.ResolveTool"/> finds tools
/// (<c>MSBUILD_EXE</c>, a local tool, PATH), else the .NET SDK's own: <c>dotnet msbuild</c>.
/// </summary>
public sealed class MSBuildTasks : IRequireTool
{
    // Not static, so that [Requires<MSBuildTasks>] can name it; it has only static members.
    private MSBuildTasks()
    {
    }

    /// <summary>The tool name MSBuild is resolved by.</summary>
    public const string ToolName = "msbuild";

    /// <summary>Runs MSBuild with settings a hook prepares.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">MSBuild failed.</exception>
    public static IReadOnlyCollection<OutputLine> MSBuild(Configure<MSBuildSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return MSBuild(configurator(new MSBuildSettings()));
    }

    /// <summary>Runs MSBuild with the given settings (default settings when null).</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">MSBuild failed.</exception>
    public static IReadOnlyCollection<OutputLine> MSBuild(MSBuildSettings? settings = null)
    {
        var context = CurrentTarget.Require(nameof(MSBuild));
        var applied = MSBuildVerbosityDefault.Apply(settings ?? new MSBuildSettings());
        var (program, arguments) = Resolve(context, applied.ToolPath);
        return OutputLine.Of(context.Run(program, arguments.Concat(applied.ToArguments()), applied.ToRunOptions()));
    }

    private static (string Program, IEnumerable<string> Prefix) Resolve(ITargetContext context, string? toolPath)
    {
        try
        {
            var msbuild = context.ResolveTool(ToolName, toolPath);
            return (msbuild.Program, msbuild.PrefixArguments);
        }
        catch (ToolNotFoundException) when (toolPath is null)
        {
            // No standalone MSBuild (the usual case off Windows): the SDK that runs the build carries one.
            var dotnet = context.ResolveTool("dotnet");
            return (dotnet.Program, dotnet.Arguments(["msbuild"]));
        }
    }
}
