namespace Automation;

/// <summary>
/// A build run from a terminal, on a developer's machine (NUKE's <c>Terminal</c>): <c>Host is Terminal</c> is true when
/// no CI system is recognized and the conventional <c>CI</c> variable is not set.
/// </summary>
public sealed class Terminal : BuildHost
{
    internal Terminal(IReadOnlyDictionary<string, string> environment)
        : base(environment)
    {
    }

    /// <summary>The terminal this process runs in; null when it runs on a CI system.</summary>
    public static new Terminal? Instance => From(ProcessVariables()) as Terminal;

    /// <inheritdoc/>
    public override string Name => "terminal";
}
