namespace Automation.Ci;

/// <summary>A plain (not secret) parameter value imported from the CI system's variables.</summary>
/// <param name="ParameterName">The parameter's command-line name (<c>nuget-source</c>).</param>
/// <param name="EnvironmentName">The variable the build reads it from, also the variable's name in the CI system (<c>NUGET_SOURCE</c>).</param>
internal sealed record CiVariable(string ParameterName, string EnvironmentName);
