namespace Automation.Ci;

/// <summary>A secret parameter imported from the CI system's secret store.</summary>
/// <param name="ParameterName">The parameter's command-line name (<c>nuget-api-key</c>).</param>
/// <param name="EnvironmentName">The variable the build reads it from, also the secret's name in the CI system (<c>NUGET_API_KEY</c>).</param>
internal sealed record CiSecret(string ParameterName, string EnvironmentName)
{
    /// <summary>The value as the CI system encrypted it, carried in the file (AppVeyor's <c>secure:</c>); null when the CI system's secret store holds it.</summary>
    public string? Encrypted { get; init; }
}
