namespace Automation.CommandLine;

/// <summary>One effective value as <c>--show-config</c> prints it.</summary>
/// <param name="Kind"><c>parameter</c> (a <c>[Parameter]</c>) or <c>setting</c> (a key of a configuration section).</param>
/// <param name="Key">The parameter's name (<c>nuget-source</c>) or the setting's keys joined with dots (<c>deploy.Url</c>).</param>
/// <param name="Value">The value as text, <c>***</c> for a secret.</param>
/// <param name="Origin">The file and line, <c>environment variable NAME</c>, <c>command line</c> or <c>default</c>.</param>
internal sealed record ConfigEntry(string Kind, string Key, string Value, string Origin);
