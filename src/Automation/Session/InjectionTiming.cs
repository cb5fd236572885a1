using Automation.Parameters;
using Automation.Targets;

namespace Automation.Session;

/// <summary>
/// When the injected values (<c>[GitRepository]</c>, <c>[GitVersion]</c>, <c>[Solution]</c>, <c>[LatestNuGetVersion]</c>,
/// ...) are made. A command that runs no target and uses only what the build declares (<c>--help</c>, <c>--list</c>,
/// <c>--generate-ci</c>, <c>--verify-ci</c>) makes none of them, as NUKE, which answers help before it injects: they may
/// ask a server, run GitVersion or evaluate projects, and listing targets or writing CI files must not need a version, a
/// solution, a git remote or the network. Every other command makes them before targets are discovered, so what targets
/// (and <c>--plan</c>'s static conditions) see is unchanged.
/// </summary>
internal static class InjectionTiming
{
    /// <summary>Injects the values unless <paramref name="deferred"/>, then discovers the targets.</summary>
    /// <param name="build">The build.</param>
    /// <param name="deferred">Whether the command runs no target and uses only declarations (help, the list, the CI files).</param>
    /// <param name="warn">Where an injection failure goes.</param>
    /// <param name="debug">Where a note on skipped injection goes.</param>
    public static TargetGraph Discover(IAutomationBuild build, bool deferred, Action<string> warn, Action<string> debug)
    {
        if (!deferred)
        {
            ValueInjector.Inject(build, warn);
            return TargetDiscovery.Discover(build);
        }

        try
        {
            var graph = TargetDiscovery.Discover(build);
            debug("Injected values are not made: no target runs, and what this command shows needs only the declarations.");
            return graph;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A target definition that reads an injected value while it is declared (a description naming the
            // version) needs the values: make them and declare again, so the build shows as it always did.
            debug($"A target definition needs the injected values ({exception.GetType().Name}: {exception.Message}); making them.");
            ValueInjector.Inject(build, warn);
            return TargetDiscovery.Discover(build);
        }
    }
}
