namespace Automation.Targets;

/// <summary>The target an interception runs elsewhere.</summary>
/// <param name="Name">The target's name, as the command line takes it.</param>
/// <param name="CommandVariables">The names of the variables every command of the build gets (the root lock's token), for the build the interception starts.</param>
internal sealed record InterceptedTarget(string Name, IReadOnlyList<string> CommandVariables);
