namespace Automation.Cli.Commands;

/// <summary>What <c>automation :setup</c> does with a NUKE build it finds.</summary>
internal enum NukeChoice
{
    /// <summary>Ports it in place (<c>--port-nuke</c>): the port rewrite, then a build that lists what is left.</summary>
    Port,

    /// <summary>Moves its sources into <c>build/nuke/</c> and writes a new build beside them (<c>--move-nuke</c>).</summary>
    MoveAside,
}
