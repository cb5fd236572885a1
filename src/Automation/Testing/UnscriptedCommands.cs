namespace Automation.Testing;

/// <summary>What a <see cref="CommandRecorder"/> answers to a command that no script matches.</summary>
public enum UnscriptedCommands
{
    /// <summary>The command fails to start, with a message naming it and how to script it: every command is accounted for (the default).</summary>
    Fail,

    /// <summary>The command succeeds with no output: only the commands a test cares about need scripts.</summary>
    Succeed,
}
