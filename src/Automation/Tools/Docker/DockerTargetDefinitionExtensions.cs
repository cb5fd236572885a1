using Automation.Targets;
using Automation.Tools.Docker;

namespace Automation;

/// <summary>NUKE's <c>.DockerRun(…)</c> on a target: the target runs in a container instead of here.</summary>
public static class DockerTargetDefinitionExtensions
{
    /// <summary>
    /// Runs the target in a container (NUKE's <c>DockerRun</c>): when the target runs, instead of its actions the engine
    /// runs <c>docker run --rm</c> on <see cref="DockerRunSettingsBase.Image"/> with the repository mounted, and the same
    /// build, started there for this target alone (<c>&lt;target&gt; --skip</c>: its dependencies ran here), runs the
    /// actions. Its output is the target's; the target fails with the container's exit code. Variables set with
    /// <c>SetProcessEnvironmentVariable</c> reach the container by name only (their values stay off the command line).
    /// <c>--plan</c> shows the target runs in a container. The configurator runs when the target runs.
    /// </summary>
    /// <param name="targetDefinition">The target.</param>
    /// <param name="configurator">The image, the platform and the other options of the run.</param>
    /// <returns>The target, for chaining.</returns>
    public static ITargetDefinition DockerRun(this ITargetDefinition targetDefinition, Configure<DockerRunTargetSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        if (targetDefinition is not TargetDefinition definition)
        {
            throw new ArgumentException("DockerRun needs the engine's own target definition (the _ of `_ => _`).", nameof(targetDefinition));
        }

        return definition.Intercept(new TargetInterception("in a Docker container", (context, target) => ContainerTargetRun.RunAsync(context, target, configurator(new DockerRunTargetSettings()))));
    }
}
