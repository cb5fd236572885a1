namespace Automation.Parameters;

/// <summary>Everything a parameter value can come from, for one build invocation.</summary>
/// <param name="CommandLine">Values given on the command line, keyed by parameter name.</param>
/// <param name="Environment">The process environment.</param>
/// <param name="Files">The configuration files, lowest first: system, user, <c>.nuke/parameters.json</c>, each profile file in the
/// order named, the <c>--config-file</c> (later wins).</param>
/// <param name="WorkingDirectory">Where relative paths on the command line and in the environment start.</param>
internal sealed record ParameterInputs(
    IReadOnlyDictionary<string, RawValue> CommandLine,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyList<ParameterFile> Files,
    string WorkingDirectory);
