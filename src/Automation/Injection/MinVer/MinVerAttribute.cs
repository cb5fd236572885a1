using System.Reflection;
using Automation.Launching;
using Automation.Parameters;
using Automation.Tools.Resolution;

namespace Automation;

/// <summary>
/// NUKE's <c>[MinVer] readonly MinVer MinVer;</c>: fills the member with the version minver-cli computes for the
/// repository at the build's root, before any target runs. minver runs as the repository's local tool
/// (<c>dotnet tool install --local minver-cli</c>) when its manifest lists it, else as <c>minver</c> from PATH.
/// </summary>
public sealed class MinVerAttribute : ValueInjectionAttributeBase
{
    /// <summary>NUKE: the framework folder of the package to run. The local tool or PATH decides here: ignored.</summary>
    public string? Framework { get; set; }

    /// <summary>Whether to set the CI build number to the version on hosts that have one (off by default, as in NUKE).</summary>
    public bool UpdateBuildNumber { get; set; }

    /// <inheritdoc />
    public override object? GetValue(MemberInfo member, object instance)
    {
        ArgumentNullException.ThrowIfNull(member);
        var root = Build.RootDirectory;
        var local = LocalToolManifest.Candidates(root).Where(File.Exists).Select(m => LocalToolManifest.Find(m, MinVerTasks.ToolName)).FirstOrDefault(t => t is not null);
        var (program, arguments) = local is null ? (MinVerTasks.ToolName, Array.Empty<string>()) : ("dotnet", [local.Command]);
        ProcessOutcome outcome;
        try
        {
            outcome = Core.SynchronousWait.For(ProcessLauncher.RunAsync(program, arguments, new ProcessLaunchOptions { WorkingDirectory = root }), "injection is synchronous (NUKE's GetValue)");
        }
        catch (ProcessStartException)
        {
            throw new InvalidOperationException($"[MinVer] {member.Name}: minver was not found. Add it as a local tool (run in {root}): dotnet tool install --local minver-cli; or install it on PATH.");
        }

        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"[MinVer] {member.Name}: minver failed with exit code {outcome.ExitCode}: {outcome.StandardError.Trim()}");
        }

        var version = MinVerTasks.Read(outcome.StandardOutput.Split('\n'));
        if (UpdateBuildNumber && Build.RunsOnServer && instance is IBuildNumberSink sink)
        {
            sink.SetBuildNumber(version.Version);
        }

        return version;
    }
}
