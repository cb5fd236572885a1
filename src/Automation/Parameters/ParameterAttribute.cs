namespace Automation;

/// <summary>
/// Marks a field or property of the build as a parameter, set from (highest first) the command line
/// (<c>--my-param value</c>), the environment (<c>AUTOMATION_MY_PARAM</c>, then <c>MY_PARAM</c>), profile files,
/// <c>.nuke/parameters.json</c>, and finally its initializer.
/// </summary>
/// <param name="description">Shown in <c>--help</c>.</param>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, Inherited = true)]
public sealed class ParameterAttribute(string? description = null) : Attribute
{
    /// <summary>Shown in <c>--help</c>.</summary>
    public string? Description { get; } = description;

    /// <summary>Overrides the name derived from the member (<c>NuGetApiKey</c> is <c>--nuget-api-key</c>).</summary>
    public string? Name { get; set; }
}
